/// The dashboard (home screen).
public protocol DashboardText {
    var dashboardTitle: String { get }
    func dashboardGreeting(name: String, date: String) -> String
}
