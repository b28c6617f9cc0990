extension Chinese {
    public var dashboardTitle: String { "工作台" }
    public func dashboardGreeting(name: String, date: String) -> String { "\(name)，您好。今天是 \(date)。" }
}
