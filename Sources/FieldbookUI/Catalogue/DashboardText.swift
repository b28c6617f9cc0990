/// The dashboard (home screen).
public protocol DashboardText {
    var dashboardTitle: String { get }
    func dashboardGreeting(name: String, date: String) -> String
    func dashboardToday(count: Int) -> String
    var dashboardNoVisitsToday: String { get }
    func dashboardDrafts(count: Int) -> String
    var dashboardNoDrafts: String { get }
    var dashboardFollowUps: String { get }
    func dashboardOverdue(_ count: Int) -> String
    func dashboardDueSoon(_ count: Int, days: Int) -> String
    var dashboardExport: String { get }
    func dashboardNotExported(_ count: Int) -> String
    func dashboardLastExport(_ time: String) -> String
    var dashboardNeverExported: String { get }
    /// In place of the counts while they are being counted (a large database, just opened).
    var dashboardCounting: String { get }
    var keyOpenDraft: String { get }
    var keyEnterprises: String { get }
    var keyNewEnterprise: String { get }
    var keyFollowUps: String { get }
    /// Shared with the export screen (one implementation per language, in +Export).
    var keyExport: String { get }
    var keyMoveSelection: String { get }
}
