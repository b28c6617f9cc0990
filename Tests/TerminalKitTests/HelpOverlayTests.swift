import Testing
@testable import TerminalKit

@Suite struct HelpOverlayTests {
    enum Action: Hashable, Sendable { case help, save, quit }

    let screen = KeyMap<Action>([
        KeyBinding(.help, keys: [.function(1)], help: "帮助"),
        KeyBinding(.save, keys: [.ctrl("s")], help: "保存"),
        KeyBinding(.quit, keys: [.character("q"), .escape], help: "退出"),
    ])

    var navigation: KeyMap<NavigationAction> {
        var map = KeyMap.navigation
        map.relabel { action in
            switch action {
            case .up: "上移"
            case .down: "下移"
            case .pageUp: "上一页"
            case .pageDown: "下一页"
            case .first: "第一项"
            case .last: "最后一项"
            }
        }
        return map
    }

    var overlay: HelpOverlay {
        HelpOverlay(title: "帮助 Help", sections: [HelpSection("企业列表", keyMap: screen),
                                                  HelpSection("移动 Navigation", keyMap: navigation)])
    }

    func render(width: Int, height: Int, scroll: Int = 0) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        overlay.render(in: buffer.area, buffer: &buffer, scroll: scroll)
        return buffer
    }

    @Test func listsEveryBindingBySectionWithAlignedKeys() {
        let buffer = render(width: 40, height: 16)
        #expect(buffer.lines == [
            "",
            columns((9, "┌ 帮助 Help " + String(repeating: "─", count: 9) + "┐")),
            columns((9, "│ 企业列表"), (30, "│")),
            columns((9, "│"), (13, "F1"), (21, "帮助"), (30, "│")),
            columns((9, "│"), (13, "Ctrl-S"), (21, "保存"), (30, "│")),
            columns((9, "│"), (13, "q/Esc"), (21, "退出"), (30, "│")),
            columns((9, "│"), (30, "│")),
            columns((9, "│ 移动 Navigation"), (30, "│")),
            columns((9, "│"), (13, "↑"), (21, "上移"), (30, "│")),
            columns((9, "│"), (13, "↓"), (21, "下移"), (30, "│")),
            columns((9, "│"), (13, "PgUp"), (21, "上一页"), (30, "│")),
            columns((9, "│"), (13, "PgDn"), (21, "下一页"), (30, "│")),
            columns((9, "│"), (13, "Home"), (21, "第一项"), (30, "│")),
            columns((9, "│"), (13, "End"), (21, "最后一项"), (30, "│")),
            columns((9, "└" + String(repeating: "─", count: 20) + "┘")),
            "",
        ])
    }

    @Test func aDisabledBindingIsLeftOut() {
        var map = screen
        map.setEnabled(false, .save)
        let lines = HelpOverlay(title: "Help", sections: [HelpSection("Screen", keyMap: map)]).contentLines
        #expect(lines == [.heading("Screen"), .hint(KeyHint(key: "F1", help: "帮助")), .hint(KeyHint(key: "q/Esc", help: "退出"))])
    }

    @Test func aShortTerminalScrollsTheHelp() {
        let area = Rect(x: 0, y: 0, width: 30, height: 8)
        let top = render(width: 30, height: 8)
        #expect(top.lines[1] == columns((4, "┌ 帮助 Help " + String(repeating: "─", count: 9) + "┐")))
        #expect(top.lines[2] == columns((4, "│ 企业列表"), (25, "│")))
        #expect(top.lines[6] == columns((4, "└" + String(repeating: "─", count: 18) + "↓─┘")))
        var scroll = 0
        do { let result = overlay.handle(.end, in: area, scroll: &scroll); #expect(result == .handled) }
        #expect(scroll == 8)
        let bottom = render(width: 30, height: 8, scroll: scroll)
        #expect(bottom.lines[1] == columns((4, "┌ 帮助 Help " + String(repeating: "─", count: 7) + "↑─┐")))
        #expect(bottom.lines[2...5] == [
            columns((4, "│"), (8, "PgUp"), (16, "上一页"), (25, "│")),
            columns((4, "│"), (8, "PgDn"), (16, "下一页"), (25, "│")),
            columns((4, "│"), (8, "Home"), (16, "第一项"), (25, "│")),
            columns((4, "│"), (8, "End"), (16, "最后一项"), (25, "│")),
        ])
        #expect(bottom.lines[6] == columns((4, "└" + String(repeating: "─", count: 20) + "┘")))
        do { let result = overlay.handle(.down, in: area, scroll: &scroll); #expect(result == .handled) }
        #expect(scroll == 8)
        do { let result = overlay.handle(.pageUp, in: area, scroll: &scroll); #expect(result == .handled) }
        #expect(scroll == 5)
        do { let result = overlay.handle(.mouse(MouseEvent(.wheelUp, at: Point(x: 10, y: 3))), in: area, scroll: &scroll); #expect(result == .handled) }
        #expect(scroll == 2)
    }

    @Test func closingKeys() {
        let area = Rect(x: 0, y: 0, width: 40, height: 16)
        var scroll = 0
        do { let result = overlay.handle(.escape, in: area, scroll: &scroll); #expect(result == .closed) }
        do { let result = overlay.handle(.character("q"), in: area, scroll: &scroll); #expect(result == .closed) }
        do { let result = overlay.handle(.mouse(MouseEvent(.press(.left), at: Point(x: 1, y: 1))), in: area, scroll: &scroll); #expect(result == .closed) }
        do { let result = overlay.handle(.mouse(MouseEvent(.press(.left), at: Point(x: 12, y: 4))), in: area, scroll: &scroll); #expect(result == .handled) }
        // The screen's own help key toggles the overlay off.
        do { let result = overlay.handle(.function(1), in: area, scroll: &scroll); #expect(result == .ignored) }
        do { let result = overlay.handle(.character("x"), in: area, scroll: &scroll); #expect(result == .ignored) }
    }
}
