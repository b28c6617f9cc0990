import Testing
@testable import TerminalKit

@Suite struct KeyMapTests {
    enum Action: Hashable, Sendable { case save, quit, help }

    var map = KeyMap<Action>([
        KeyBinding(.save, keys: [.ctrl("s")], help: "保存"),
        KeyBinding(.help, keys: [.function(1), .character("?")], help: "帮助", showsInStatusBar: false),
        KeyBinding(.quit, keys: [.character("q"), .escape], help: "退出"),
    ])

    @Test func matchesTheBindingThatListsTheKey() {
        #expect(map.match(.ctrl("s")) == .save)
        #expect(map.match(.character("?")) == .help)
        #expect(map.match(.escape) == .quit)
        #expect(map.match(.character("x")) == nil)
    }

    @Test func hintsComeFromTheSameBindings() {
        // The status bar names the first key; help lists them all.
        #expect(map.statusHints == [KeyHint(key: "Ctrl-S", help: "保存"), KeyHint(key: "q", help: "退出")])
        #expect(map.helpHints.map(\.key) == ["Ctrl-S", "F1/?", "q/Esc"])
    }

    @Test func disabledBindingsNeitherMatchNorShow() {
        var map = self.map
        map.setEnabled(false, .save)
        #expect(map.match(.ctrl("s")) == nil)
        #expect(!map.helpHints.contains { $0.help == "保存" })
    }

    @Test func relabellingSwitchesLanguage() {
        var map = self.map
        map.relabel { action in
            switch action {
            case .save: "Save"
            case .quit: "Quit"
            case .help: "Help"
            }
        }
        #expect(map.statusHints.map(\.help) == ["Save", "Quit"])
    }
}
