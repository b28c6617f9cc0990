import Testing
@testable import TerminalKit

@Suite struct TextAreaTests {
    func render(_ state: inout TextAreaState, width: Int, height: Int) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        TextArea(isFocused: true).render(in: buffer.area, buffer: &buffer, state: &state)
        return buffer
    }

    @Test func softWrapsByDisplayWidth() {
        var state = TextAreaState(text: "现场检查发现未签合同 two workers without contracts")
        let buffer = render(&state, width: 10, height: 5)
        #expect(buffer.lines == ["现未签合同", "two", "workers", "without", "contracts"])
        #expect(buffer.cursor == Point(x: 9, y: 4))
        #expect(state.scrollRow == 1)
    }

    @Test func upAndDownKeepTheDisplayColumnAcrossWideGlyphs() {
        var state = TextAreaState()
        _ = render(&state, width: 10, height: 4)
        for c in "检查记录abc" { _ = state.handle(.character(c)) }
        #expect(state.cursorPosition == (1, 3) as (Int, Int))
        do { let result = state.handle(.up); #expect(result == .handled) }
        // Column 3 is the second half of 查: the cursor lands before it.
        #expect(state.cursorPosition == (0, 2) as (Int, Int))
        _ = state.handle(.down)
        #expect(state.cursorPosition == (1, 3) as (Int, Int))
        do { let result = state.handle(.down); #expect(result == .ignored) }
        _ = state.handle(.home)
        _ = state.handle(.up)
        _ = state.handle(.end)
        // The row is soft-wrapped: its end is the next row's start, so End stops before 录.
        #expect(state.cursorPosition == (0, 6) as (Int, Int))
    }

    @Test func enterEditingAndScrolling() {
        var state = TextAreaState()
        for c in "第一行" { _ = state.handle(.character(c)) }
        _ = state.handle(.enter)
        for c in "line 2" { _ = state.handle(.character(c)) }
        _ = state.handle(.enter)
        for c in "第3行😀" { _ = state.handle(.character(c)) }
        #expect(state.text == "第一行\nline 2\n第3行😀")
        var buffer = render(&state, width: 12, height: 2)
        #expect(buffer.lines == ["line 2", "第3行😀"])
        #expect(buffer.cursor == Point(x: 7, y: 1))
        _ = state.handle(.up)
        _ = state.handle(.up)
        buffer = render(&state, width: 12, height: 2)
        #expect(buffer.lines == ["第一行", "line 2"])
        #expect(buffer.cursor == Point(x: 6, y: 0))
        // Ctrl-K at the end of a line joins the next one.
        _ = state.handle(.ctrl("k"))
        #expect(state.text == "第一行line 2\n第3行😀")
        _ = state.handle(.backspace)
        _ = state.handle(.ctrl("u"))
        #expect(state.text == "line 2\n第3行😀")
        _ = state.handle(.down)
        _ = state.handle(.ctrl("a"))
        _ = state.handle(.backspace)
        #expect(state.text == "line 2第3行😀")
    }

    @Test func movingAcrossASoftWrapStaysOnTheRow() {
        var state = TextAreaState(text: "abcd efgh ijkl", width: 5, height: 3)
        _ = state.handle(.up)
        _ = state.handle(.up)
        _ = state.handle(.end)
        // "abcd " is the first row; its end is before the hanging space, not the next row's start.
        #expect(state.cursorPosition == (0, 4) as (Int, Int))
        state.moveCursor(toVisibleRow: 1, column: 2)
        #expect(state.cursor == 7)
    }

    @Test func placeholderWhenEmpty() {
        var state = TextAreaState()
        let buffer = render(&state, width: 8, height: 2)
        #expect(buffer.lines == ["", ""])
        var withPlaceholder = TextAreaState()
        var b = Buffer(width: 8, height: 2)
        TextArea(placeholder: "备注 notes here").render(in: b.area, buffer: &b, state: &withPlaceholder)
        #expect(b.lines == ["备注", "notes"])
        #expect(b.cursor == nil)
    }
}
