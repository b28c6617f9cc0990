import Testing
@testable import TerminalKit

@Suite struct DialogTests {
    let reopen = Dialog.confirm(title: "重新打开检查", message: "已完成的检查将被解锁，修改会被记录。",
                                confirm: "确定", cancel: "取消",
                                input: DialogInput(placeholder: "原因 reason", requiredMessage: "请填写原因"),
                                theme: .monochrome)
    let area = Rect(x: 0, y: 0, width: 50, height: 16)

    func render(_ dialog: Dialog, _ state: DialogState, width: Int = 50, height: Int = 16) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        buffer.fill(buffer.area, with: ".")
        dialog.render(in: buffer.area, buffer: &buffer, state: state)
        return buffer
    }

    func press(_ keys: [Key], _ state: inout DialogState, dialog: Dialog? = nil) -> [DialogEvent] {
        keys.map { (dialog ?? reopen).handle($0, in: area, state: &state) }
    }

    @Test func aConfirmationWithAnInputIsCentredOverTheScreen() {
        let buffer = render(reopen, DialogState(for: reopen))
        let dots = String(repeating: ".", count: 5)
        #expect(buffer.lines[3] == String(repeating: ".", count: 50))
        #expect(buffer.lines[4...11] == [
            dots + "┌ 重新打开检查 " + String(repeating: "─", count: 24) + "┐" + dots,
            dots + "│ 已完成的检查将被解锁，修改会被记录。 │" + dots,
            dots + "│" + String(repeating: " ", count: 38) + "│" + dots,
            dots + "│ 原因 reason" + String(repeating: " ", count: 26) + "│" + dots,
            dots + "│" + String(repeating: " ", count: 38) + "│" + dots,
            dots + "│" + String(repeating: " ", count: 38) + "│" + dots,
            dots + "│" + String(repeating: " ", count: 10) + "[ 确定 ]  [ 取消 ]" + String(repeating: " ", count: 10) + "│" + dots,
            dots + "└" + String(repeating: "─", count: 38) + "┘" + dots,
        ])
        // The real cursor waits in the input, where an input method's window should appear.
        #expect(buffer.cursor == Point(x: 7, y: 7))
    }

    @Test func aRequiredReasonBlocksConfirmingUntilTyped() {
        var state = DialogState(for: reopen)
        do { let result = press([.enter], &state); #expect(result == [.handled]) }
        #expect(render(reopen, state).lines[8] == ".....│ 请填写原因" + String(repeating: " ", count: 27) + "│.....")
        do { let result = press([.tab, .enter], &state); #expect(result == [.handled, .handled]) }
        #expect(state.focus == .input)
        _ = press("客户申诉 appeal".map(Key.character), &state)
        #expect(!state.showsRequiredMessage)
        #expect(render(reopen, state).lines[8] == ".....│" + String(repeating: " ", count: 38) + "│.....")
        #expect(render(reopen, state).cursor == Point(x: 7 + "客户申诉 appeal".displayWidth, y: 7))
        do { let result = press([.enter], &state); #expect(result == [.pressed(0)]) }
        #expect(state.trimmedText == "客户申诉 appeal")
        // Spaces alone are not a reason; cancelling never needs one.
        var blank = DialogState(for: reopen, text: "   ")
        do { let result = press([.tab, .enter], &blank); #expect(result == [.handled, .handled]) }
        #expect(blank.showsRequiredMessage)
        do { let result = press([.tab, .right, .enter], &blank); #expect(result == [.handled, .handled, .pressed(1)]) }
    }

    @Test func keysMoveBetweenButtons() {
        let question = Dialog.confirm(title: "删除草稿?", message: "Delete the draft?", confirm: "删除", cancel: "取消")
        var state = DialogState(for: question)
        #expect(state.focus == .button(0))
        do { let result = press([.right, .right], &state, dialog: question); #expect(result == [.handled, .handled]) }
        #expect(state.focus == .button(1))
        do { let result = press([.left], &state, dialog: question); #expect(result == [.handled]) }
        #expect(state.focus == .button(0))
        do { let result = press([.tab], &state, dialog: question); #expect(result == [.handled]) }
        #expect(state.focus == .button(1))
        do { let result = press([.tab], &state, dialog: question); #expect(result == [.handled]) }
        #expect(state.focus == .button(0))
        do { let result = press([.backTab, .enter], &state, dialog: question); #expect(result == [.handled, .pressed(1)]) }
        do { let result = press([.escape], &state, dialog: question); #expect(result == [.cancelled]) }
        do { let result = press([.character("y")], &state, dialog: question); #expect(result == [.handled]) }  // modal: nothing leaks
    }

    @Test func clicksPressButtonsAndFocusTheInput() {
        var state = DialogState(for: reopen, text: "原因")
        state.focus = .button(1)
        func click(_ x: Int, _ y: Int) -> DialogEvent {
            reopen.handle(.mouse(MouseEvent(.press(.left), at: Point(x: x, y: y))), in: area, state: &state)
        }
        #expect(click(8, 7) == .handled)
        #expect(state.focus == .input)
        #expect(click(2, 2) == .handled)  // outside the dialog: swallowed
        #expect(click(28, 10) == .pressed(1))
        #expect(click(16, 10) == .pressed(0))
    }

    @Test func aMessageWrapsInANarrowTerminal() {
        let done = Dialog.message(title: "导出完成", message: "已写入 fieldbook-2024-05-01.zip", ok: "确定")
        let wide = render(done, DialogState(for: done), width: 40, height: 10)
        #expect(wide.lines[3] == "..│ 已写入 fieldbook-2024-05-01.zip │...")
        #expect(wide.lines[5] == columns((0, "..│"), (15, "[ 确定 ]"), (36, "│...")))
        let narrow = render(done, DialogState(for: done), width: 20, height: 10)
        #expect(narrow.lines[1...7] == [
            ".┌ 导出完成 ──────┐.",
            ".│ 已写入         │.",
            ".│ fieldbook-2024 │.",
            ".│ -05-01.zip     │.",
            ".│                │.",
            ".│    [ 确定 ]    │.",
            ".└────────────────┘.",
        ])
        var state = DialogState(for: done)
        do { let result = done.handle(.enter, in: area, state: &state); #expect(result == .pressed(0)) }
    }

    @Test func errorsUseTheErrorStyle() {
        let failure = Dialog.error(title: "导入失败", message: "第 3 行：统一社会信用代码无效", ok: "确定", theme: .monochrome)
        let buffer = render(failure, DialogState(for: failure))
        let top = buffer.lines.firstIndex { $0.contains("导入失败") }!
        let x = buffer.lines[top].prefix { $0 == "." }.count
        #expect(buffer[x, top].style == Theme.monochrome.error)
        #expect(buffer[x + 2, top].style == Theme.monochrome.error)
    }
}
