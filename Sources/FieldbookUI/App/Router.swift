import FieldbookCore

/// Builds the screen for a route, loading its data. One line per screen.
enum Router {
    static func makeScreen(_ route: Route, env: AppEnvironment) throws -> any Screen {
        var screen: any Screen
        switch route {
        case .setup: screen = SetupScreen()
        case .dashboard: screen = DashboardScreen()
        default: throw UIError.notAvailable
        }
        try screen.reload(env: env)
        return screen
    }
}
