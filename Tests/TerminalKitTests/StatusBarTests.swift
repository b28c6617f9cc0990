import Testing
@testable import TerminalKit

@Suite struct StatusBarTests {
    enum Action: Hashable, Sendable { case help, save, next, quit }

    var keyMap = KeyMap<Action>([
        KeyBinding(.help, keys: [.function(1)], help: "帮助"),
        KeyBinding(.save, keys: [.ctrl("s")], help: "保存"),
        KeyBinding(.next, keys: [.tab], help: "下一项", showsInStatusBar: false),
        KeyBinding(.quit, keys: [.character("q"), .escape], keyLabel: "q/Esc", help: "退出"),
    ])

    func render(_ keyMap: KeyMap<Action>, width: Int, theme: Theme = .color) -> Buffer {
        var buffer = Buffer(width: width, height: 1)
        StatusBar(context: "企业 > 北京华信科技有限公司", keyMap: keyMap, theme: theme).render(in: buffer.area, buffer: &buffer)
        return buffer
    }

    @Test func hintsComeFromTheKeyMapOnTheRight() {
        let buffer = render(keyMap, width: 60, theme: .monochrome)
        #expect(buffer.lines == [columns((1, "企业 > 北京华信科技有限…"), (27, "F1 帮助  Ctrl-S 保存  q/Esc 退出"))])
        #expect(buffer[27, 0].style == Theme.monochrome.statusKey)
        #expect(buffer[29, 0].style == Theme.monochrome.statusBar)
        #expect(buffer[59, 0].style == Theme.monochrome.statusBar)
    }

    @Test func narrowBarsDropWholeHintsFromTheEnd() {
        #expect(render(keyMap, width: 40).lines == [columns((1, "企业 > 北京华信…"), (19, "F1 帮助  Ctrl-S 保存"))])
        #expect(render(keyMap, width: 21).lines == [columns((1, "企业 > 北…"), (13, "F1 帮助"))])
        #expect(render(keyMap, width: 8).lines == [" 企业 …"])
        for width in 1...70 {
            // A hint is shown whole or not at all.
            let line = render(keyMap, width: width).lines[0]
            for (key, help) in [("F1", "F1 帮助"), ("Ctrl", "Ctrl-S 保存"), ("q/", "q/Esc 退出")] where line.contains(key) {
                #expect(line.contains(help), "width \(width)")
            }
        }
    }

    @Test func disabledAndRelabelledBindingsFollowTheKeyMap() {
        var map = keyMap
        map.setEnabled(false, .save)
        map.relabel { action in
            switch action {
            case .help: "Help"
            case .save: "Save"
            case .next: "Next"
            case .quit: "Quit"
            }
        }
        #expect(render(map, width: 60).lines == [columns((1, "企业 > 北京华信科技有限公司"), (40, "F1 Help  q/Esc Quit"))])
    }
}
