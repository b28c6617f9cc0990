import TerminalKit

/// Keys that work on every screen (after the screen has declined them).
enum GlobalAction: Hashable, Sendable {
    case help, back, quit, switchLanguage, redraw

    static func keyMap(_ env: AppEnvironment, editingText: Bool) -> KeyMap<GlobalAction> {
        let text = env.text
        var map = KeyMap<GlobalAction>([
            KeyBinding(.help, keys: [.function(1), .character("?")], help: text.keyHelp),
            KeyBinding(.back, keys: [.escape], help: text.keyBack),
            KeyBinding(.switchLanguage, keys: [.function(2)], help: text.keySwitchLanguage),
            // Ctrl-C too: in raw mode it is only a key, and people press it to leave a terminal program.
            KeyBinding(.quit, keys: [.ctrl("q"), .ctrl("c")], keyLabel: "Ctrl-Q", help: text.keyQuit),
            KeyBinding(.redraw, keys: [.ctrl("l")], help: text.keyRedraw, showsInStatusBar: false),
        ])
        if editingText {
            // `?` is a character the user may be typing.
            map = KeyMap(map.bindings.map { binding in
                var binding = binding
                if binding.id == .help { binding.keys = [.function(1)]; binding.keyLabel = "F1"; binding.statusLabel = "F1" }
                return binding
            })
        }
        return map
    }
}
