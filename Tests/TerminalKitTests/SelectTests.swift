import Testing
@testable import TerminalKit

@Suite struct SelectTests {
    let select = Select(["北京市", "上海市", "广州市 Guangzhou", "深圳市", "Hangzhou 杭州市"], placeholder: "请选择城市",
                        isFocused: true, theme: .monochrome)
    let field = Rect(x: 2, y: 1, width: 12, height: 1)
    let screen = Rect(x: 0, y: 0, width: 20, height: 10)

    func render(_ state: SelectState, field: Rect? = nil) -> Buffer {
        var buffer = Buffer(width: 20, height: 10)
        select.render(in: field ?? self.field, buffer: &buffer, state: state)
        return buffer
    }

    func click(_ x: Int, _ y: Int) -> Key { .mouse(MouseEvent(.press(.left), at: Point(x: x, y: y))) }

    @Test func closedShowsTheChoiceOrThePlaceholder() {
        #expect(render(SelectState()).lines[1] == "  请选择城市 ▾")
        #expect(render(SelectState(selected: 2)).lines[1] == "  广州市 Gu… ▾")
        #expect(render(SelectState(selected: 0)).lines[1] == "  北京市     ▾")
        #expect(render(SelectState()).lines.filter { !$0.isEmpty }.count == 1)
    }

    @Test func openShowsTheOptionsBelowWithTheChoiceHighlighted() {
        var state = SelectState(selected: 1)
        do { let result = select.handle(.enter, in: field, state: &state, bounds: screen); #expect(result == .handled) }
        #expect(state.isOpen)
        let buffer = render(state)
        #expect(buffer.lines == [
            "",
            "  上海市     ▾",
            "  ┌────────────────┐",
            "  │北京市          │",
            "  │上海市          │",
            "  │广州市 Guangzhou│",
            "  │深圳市          │",
            "  │Hangzhou 杭州市 │",
            "  └────────────────┘",
            "",
        ])
        #expect(buffer[3, 4].style.attributes.contains(.reverse))
        #expect(buffer[18, 4].style.attributes.contains(.reverse))
        #expect(!buffer[3, 3].style.attributes.contains(.reverse))
    }

    @Test func opensAboveWhenThereIsNoRoomBelow() {
        let low = Rect(x: 2, y: 8, width: 12, height: 1)
        #expect(select.popupRect(field: low, bounds: screen) == Rect(x: 2, y: 1, width: 18, height: 7))
        var state = SelectState()
        _ = select.handle(.character(" "), in: low, state: &state, bounds: screen)
        let lines = render(state, field: low).lines
        #expect(lines[1] == "  ┌────────────────┐")
        #expect(lines[7] == "  └────────────────┘")
        #expect(lines[8] == "  请选择城市 ▾")
    }

    @Test func keyboardChoosesAndEscapeKeepsTheOldValue() {
        var state = SelectState(selected: 0)
        _ = select.handle(.enter, in: field, state: &state, bounds: screen)
        _ = select.handle(.down, in: field, state: &state, bounds: screen)
        _ = select.handle(.down, in: field, state: &state, bounds: screen)
        #expect(state.selected == 0)
        do { let result = select.handle(.escape, in: field, state: &state, bounds: screen); #expect(result == .handled) }
        #expect(!state.isOpen && state.selected == 0)
        _ = select.handle(.enter, in: field, state: &state, bounds: screen)
        _ = select.handle(.end, in: field, state: &state, bounds: screen)
        do { let result = select.handle(.enter, in: field, state: &state, bounds: screen); #expect(result == .edited) }
        #expect(!state.isOpen && state.selected == 4)
        _ = select.handle(.enter, in: field, state: &state, bounds: screen)
        do { let result = select.handle(.enter, in: field, state: &state, bounds: screen); #expect(result == .handled) }  // same value
        do { let result = select.handle(.down, in: field, state: &state, bounds: screen); #expect(result == .ignored) }  // closed: focus ring's
    }

    @Test func leftAndRightStepThroughTheOptionsWhileClosed() {
        var state = SelectState()
        do { let result = select.handle(.right, in: field, state: &state, bounds: screen); #expect(result == .edited) }
        #expect(state.selected == 0)
        do { let result = select.handle(.left, in: field, state: &state, bounds: screen); #expect(result == .handled) }
        state.selected = 3
        do { let result = select.handle(.right, in: field, state: &state, bounds: screen); #expect(result == .edited) }
        do { let result = select.handle(.right, in: field, state: &state, bounds: screen); #expect(result == .handled) }
        #expect(state.selected == 4)
    }

    @Test func mouseOpensChoosesAndClosesOnAClickElsewhere() {
        var state = SelectState()
        do { let result = select.handle(click(5, 1), in: field, state: &state, bounds: screen); #expect(result == .handled) }
        #expect(state.isOpen)
        do { let result = select.handle(click(6, 5), in: field, state: &state, bounds: screen); #expect(result == .edited) }
        #expect(state.selected == 2 && !state.isOpen)
        _ = select.handle(click(13, 1), in: field, state: &state, bounds: screen)
        #expect(state.isOpen)
        do { let result = select.handle(click(13, 1), in: field, state: &state, bounds: screen); #expect(result == .handled) }
        #expect(!state.isOpen)
        _ = select.handle(.enter, in: field, state: &state, bounds: screen)
        do { let result = select.handle(click(0, 9), in: field, state: &state, bounds: screen); #expect(result == .ignored) }
        #expect(!state.isOpen && state.selected == 2)
        _ = select.handle(.enter, in: field, state: &state, bounds: screen)
        do { let result = select.handle(.tab, in: field, state: &state, bounds: screen); #expect(result == .ignored) }
        #expect(!state.isOpen)
    }

    @Test func aLongListScrollsInsideThePopup() {
        let short = Select(["一", "二", "三", "四", "五"], maxVisible: 3)
        var state = SelectState()
        _ = short.handle(.enter, in: field, state: &state, bounds: screen)
        _ = short.handle(.end, in: field, state: &state, bounds: screen)
        var buffer = Buffer(width: 20, height: 10)
        short.render(in: field, buffer: &buffer, state: state)
        #expect(buffer.lines[2...6] == ["  ┌──────────┐", "  │三        │", "  │四        │", "  │五        │", "  └──────────┘"])
        do { let result = short.handle(.enter, in: field, state: &state, bounds: screen); #expect(result == .edited) }
        #expect(state.selected == 4)
    }
}
