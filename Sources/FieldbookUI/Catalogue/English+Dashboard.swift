extension English {
    public var dashboardTitle: String { "Dashboard" }
    public func dashboardGreeting(name: String, date: String) -> String { "Hello, \(name). Today is \(date)." }
    public func dashboardToday(count: Int) -> String { "Today's visits (\(count))" }
    public var dashboardNoVisitsToday: String { "No visits today yet. Press e to find an enterprise and start one." }
    public func dashboardDrafts(count: Int) -> String { "Drafts to finish (\(count))" }
    public var dashboardNoDrafts: String { "No unfinished drafts." }
    public var dashboardFollowUps: String { "Follow-ups" }
    public func dashboardOverdue(_ count: Int) -> String { "\(count) overdue" }
    public func dashboardDueSoon(_ count: Int, days: Int) -> String { "\(count) due within \(days) days" }
    public var dashboardExport: String { "Export" }
    public func dashboardNotExported(_ count: Int) -> String { count == 1 ? "1 visit not exported" : "\(count) visits not exported" }
    public func dashboardLastExport(_ time: String) -> String { "last export \(time)" }
    public var dashboardNeverExported: String { "never exported" }
    public var dashboardCounting: String { "counting…" }
    public var keyOpenDraft: String { "open draft" }
    public var keyEnterprises: String { "enterprises" }
    public var keyNewEnterprise: String { "new enterprise" }
    public var keyFollowUps: String { "follow-ups" }
    public var keyMoveSelection: String { "select" }
}
