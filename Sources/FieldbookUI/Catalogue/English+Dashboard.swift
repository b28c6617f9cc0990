extension English {
    public var dashboardTitle: String { "Dashboard" }
    public func dashboardGreeting(name: String, date: String) -> String { "Hello, \(name). Today is \(date)." }
}
