/// The keys that move a selection through rows, as a `KeyMap` so help can list them.
public enum NavigationAction: Hashable, Sendable {
    case up, down, pageUp, pageDown, first, last
}

extension KeyMap where ID == NavigationAction {
    /// ↑ ↓ PgUp PgDn Home End (Ctrl-P/Ctrl-N too, as in shells). Enter, clicks and the wheel
    /// are always handled. The help texts are empty: `relabel` them from the UI catalogue before
    /// passing this map to a help overlay, and pass the same map to `handle`.
    public static var navigation: KeyMap<NavigationAction> {
        KeyMap([
            KeyBinding(.up, keys: [.up, .ctrl("p")], keyLabel: "↑", help: "", showsInStatusBar: false),
            KeyBinding(.down, keys: [.down, .ctrl("n")], keyLabel: "↓", help: "", showsInStatusBar: false),
            KeyBinding(.pageUp, keys: [.pageUp], help: "", showsInStatusBar: false),
            KeyBinding(.pageDown, keys: [.pageDown], help: "", showsInStatusBar: false),
            KeyBinding(.first, keys: [.home], help: "", showsInStatusBar: false),
            KeyBinding(.last, keys: [.end], help: "", showsInStatusBar: false),
        ])
    }
}
