import Testing
@testable import TerminalKit

@Suite struct TextFieldTests {
    @Test func editingMovesByGraphemeAndCountsColumnsByWidth() {
        var state = TextFieldState()
        func step(_ keys: [Key], _ text: String, column: Int, sourceLocation: SourceLocation = #_sourceLocation) {
            for key in keys { _ = state.handle(key) }
            #expect(state.text == text, sourceLocation: sourceLocation)
            #expect(state.cursorColumn == column, sourceLocation: sourceLocation)
        }
        step("劳动".map(Key.character), "劳动", column: 4)
        step("ab".map(Key.character), "劳动ab", column: 6)
        step([.character("😀")], "劳动ab😀", column: 8)
        step([.character("e\u{301}")], "劳动ab😀e\u{301}", column: 9)
        step([.left], "劳动ab😀e\u{301}", column: 8)
        step([.left], "劳动ab😀e\u{301}", column: 6)
        step([.backspace], "劳动a😀e\u{301}", column: 5)
        step([.home], "劳动a😀e\u{301}", column: 0)
        step([.right], "劳动a😀e\u{301}", column: 2)
        step([.delete], "劳a😀e\u{301}", column: 2)
        step([.end], "劳a😀e\u{301}", column: 6)
        step([.backspace], "劳a😀", column: 5)
        step([.ctrl("w")], "劳a", column: 3)
        step([.ctrl("a"), .ctrl("k")], "", column: 0)
    }

    @Test func emacsStyleKeys() {
        var state = TextFieldState(text: "安全生产 safety check")
        do { let result = state.handle(.ctrl("w")); #expect(result == .edited) }
        #expect(state.text == "安全生产 safety ")
        _ = state.handle(.ctrl("w"))
        #expect(state.text == "安全生产 ")
        _ = state.handle(.ctrl("w"))
        #expect(state.text == "")
        state.text = "检查 check"
        _ = state.handle(.ctrl("a"))
        _ = state.handle(.ctrl("e"))
        #expect(state.cursorColumn == 10)
        _ = state.handle(.left)
        _ = state.handle(.left)
        do { let result = state.handle(.ctrl("u")); #expect(result == .edited) }
        #expect(state.text == "ck")
        #expect(state.cursorColumn == 0)
        do { let result = state.handle(.function(2)); #expect(result == .ignored) }
        do { let result = state.handle(.left); #expect(result == .handled) }
    }

    @Test func pasteAndMaximumLength() {
        var state = TextFieldState(maxLength: 6)
        do { let result = state.handle(.paste("中文\n更多内容")); #expect(result == .edited) }
        #expect(state.text == "中文 更多内")
        do { let result = state.handle(.character("x")); #expect(result == .handled) }
        #expect(state.text == "中文 更多内")
        var plain = TextFieldState()
        _ = plain.handle(.paste("a\tb\u{1B}c"))
        #expect(plain.text == "a bc")
    }

    @Test("the maximum length counts Unicode code points, as headquarters and the JSON Schemas do")
    func maximumLengthCountsCodePoints() {
        var state = TextFieldState(maxLength: 4)
        _ = state.handle(.paste("👍🏽e\u{301}x"))
        // 👍🏽 is two code points and é (e + accent) two more: x does not fit, and no half of one is kept.
        #expect(state.text == "👍🏽e\u{301}")
        var short = TextFieldState(maxLength: 3)
        _ = short.handle(.paste("ab👍🏽"))
        #expect(short.text == "ab")
    }

    func render(_ field: TextField, _ state: inout TextFieldState, width: Int, height: Int = 1) -> Buffer {
        var buffer = Buffer(width: width + 2, height: height)
        field.render(in: Rect(x: 1, y: 0, width: width, height: height), buffer: &buffer, state: &state)
        return buffer
    }

    @Test func scrollsToKeepTheCursorVisibleAtEvenAndOddWidths() {
        var state = TextFieldState(text: "检查记录表格")
        let field = TextField(isFocused: true)
        var buffer = render(field, &state, width: 8)
        #expect(buffer.lines == [" 录表格"])
        #expect(buffer.cursor == Point(x: 7, y: 0))
        _ = state.handle(.home)
        buffer = render(field, &state, width: 8)
        #expect(buffer.lines == [" 检查记录"])
        #expect(buffer.cursor == Point(x: 1, y: 0))

        state.text = "检查记录表格"
        buffer = render(field, &state, width: 7)
        #expect(buffer.lines == [" 录表格"])
        #expect(buffer.cursor == Point(x: 7, y: 0))
        _ = state.handle(.home)
        buffer = render(field, &state, width: 7)
        // 录 would straddle the field's right edge: a space, not half a glyph.
        #expect(buffer.paddedLines == [" 检查记  "])
        for _ in 0..<4 { _ = state.handle(.right) }
        buffer = render(field, &state, width: 7)
        #expect(buffer.paddedLines == [" 查记录  "])
        #expect(buffer.cursor == Point(x: 7, y: 0))
    }

    @Test func placeholderErrorAndCursor() {
        var state = TextFieldState()
        let field = TextField(placeholder: "输入企业名称", isFocused: true, error: "必填 required")
        let buffer = render(field, &state, width: 9, height: 2)
        #expect(buffer.lines == [" 输入企业…", " 必填 req…"])
        #expect(buffer.cursor == Point(x: 1, y: 0))
        #expect(buffer[1, 0].style == Theme.color.focusedField.patched(with: Theme.color.placeholder))
        #expect(buffer[1, 1].style == Theme.color.error)
        var unfocused = TextFieldState(text: "x")
        #expect(render(TextField(), &unfocused, width: 4).cursor == nil)
    }

    @Test func aClickPlacesTheCursorByColumn() {
        var state = TextFieldState(text: "检查ab")
        state.moveCursor(toVisibleColumn: 1)
        #expect(state.cursor == 0)
        state.moveCursor(toVisibleColumn: 2)
        #expect(state.cursor == 1)
        state.moveCursor(toVisibleColumn: 30)
        #expect(state.cursor == 4)
    }
}

@Suite struct TextFieldBeginningTests {
    /// A field not being edited is read from its start: 劳资专管员 stays whole, the cut says "…".
    @Test func anUnfocusedFieldShowsTheBeginningOfItsText() {
        var state = TextFieldState(text: "劳资专管员 黄卫东、财务 刘敏")
        var buffer = Buffer(width: 12, height: 1)
        TextField(isFocused: false).render(in: buffer.area, buffer: &buffer, state: &state)
        #expect(buffer.lines == ["劳资专管员 …"])
        #expect(buffer.cursor == nil)
        // Focused, it scrolls to the cursor at the end, as before.
        TextField(isFocused: true).render(in: buffer.area, buffer: &buffer, state: &state)
        #expect(buffer.lines[0].hasSuffix("刘敏"))
    }
}
