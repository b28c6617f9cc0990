import FieldbookCore
import TerminalKit

/// The home screen: what needs attention today, and one key to each area.
struct DashboardScreen: Screen {
    enum Action: Hashable, Sendable { case quit }

    var route: Route { .dashboard }

    func title(_ env: AppEnvironment) -> String { env.text.dashboardTitle }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        KeyMap([KeyBinding(.quit, keys: [.character("q")], help: env.text.keyQuit)])
    }

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        switch keyMap(env).match(key) {
        case .quit: .quit
        case nil: .ignored
        }
    }

    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        let greeting = env.text.dashboardGreeting(name: env.inspector?.name ?? "", date: env.today.description)
        buffer.write(greeting, at: Point(x: area.x + 2, y: area.y + 1), style: env.theme.title,
                     maxWidth: max(0, area.width - 4))
    }
}
