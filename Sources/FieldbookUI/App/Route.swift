/// Where the user is. Screens navigate by route, never by constructing each other, so every screen
/// can be built, tested and restored on its own; `Router` turns a route into a screen.
///
/// Routes are `Codable` because the navigation stack is saved after every move
/// (`SessionStore`), so a restart returns the user to where they were.
public enum Route: Hashable, Sendable, Codable {
    /// First run: who is using this database.
    case setup
    case dashboard
}
