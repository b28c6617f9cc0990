import Testing
@testable import TerminalKit

@Suite struct ListTests {
    let items = ["劳动合同签订情况", "Overtime 加班", "社会保险 social insurance", "工资支付", "休息休假",
                 "女职工保护", "未成年工", "劳务派遣", "规章制度", "集体合同"]

    func render(_ list: List, _ state: ListState, width: Int, height: Int) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        list.render(in: buffer.area, buffer: &buffer, state: state)
        return buffer
    }

    @Test func cutsByDisplayWidthAtOddAndEvenWidths() {
        let list = List(Array(items.prefix(3)))
        #expect(render(list, ListState(), width: 9, height: 3).lines == ["劳动合同…", "Overtime…", "社会保险…"])
        // At 8 columns the fourth Chinese character would straddle the "…": it gives way.
        #expect(render(list, ListState(), width: 8, height: 3).lines == ["劳动合…", "Overtim…", "社会保…"])
        #expect(render(list, ListState(), width: 30, height: 3).lines == ["劳动合同签订情况", "Overtime 加班", "社会保险 social insurance"])
    }

    @Test func theSelectedRowIsHighlightedAcrossTheWholeWidth() {
        let theme = Theme.monochrome
        let focused = render(List(items, isFocused: true, theme: theme), ListState(selected: 1), width: 12, height: 3)
        #expect(focused[0, 1].style == theme.selected)
        #expect(focused[11, 1].style == theme.selected)
        #expect(focused[0, 0].style == theme.normal)
        let unfocused = render(List(items, theme: theme), ListState(selected: 1), width: 12, height: 3)
        #expect(unfocused[11, 1].style == theme.selectedInactive)
    }

    @Test func scrollingKeepsTheSelectionVisibleAtBothEnds() {
        let list = List(items)
        let area = Rect(x: 0, y: 0, width: 12, height: 3)
        var state = ListState()
        for _ in 0..<4 { _ = list.handle(.down, in: area, state: &state) }
        #expect(state.selected == 4)
        #expect(render(list, state, width: 12, height: 3).lines == ["社会保险 so…", "工资支付", "休息休假"])
        do { let result = list.handle(.end, in: area, state: &state); #expect(result == .selected(9)) }
        #expect(render(list, state, width: 12, height: 3).lines == ["劳务派遣", "规章制度", "集体合同"])
        do { let result = list.handle(.down, in: area, state: &state); #expect(result == .unchanged) }
        do { let result = list.handle(.pageUp, in: area, state: &state); #expect(result == .selected(7)) }
        #expect(render(list, state, width: 12, height: 3).lines == ["劳务派遣", "规章制度", "集体合同"])
        do { let result = list.handle(.up, in: area, state: &state); #expect(result == .selected(6)) }
        #expect(render(list, state, width: 12, height: 3).lines[0] == "未成年工")
        do { let result = list.handle(.home, in: area, state: &state); #expect(result == .selected(0)) }
        #expect(render(list, state, width: 12, height: 3).lines[0] == "劳动合同签…")
        do { let result = list.handle(.up, in: area, state: &state); #expect(result == .unchanged) }
        do { let result = list.handle(.enter, in: area, state: &state); #expect(result == .activated(0)) }
        do { let result = list.handle(.character("x"), in: area, state: &state); #expect(result == .ignored) }
    }

    @Test func aShrinkingListLeavesNoBlankRowsAndKeepsTheSelectionInRange() {
        var state = ListState(selected: 9, offset: 7)
        let shorter = List(Array(items.prefix(4)))
        #expect(render(shorter, state, width: 9, height: 3).lines == ["Overtime…", "社会保险…", "工资支付"])
        _ = shorter.handle(.up, in: Rect(x: 0, y: 0, width: 9, height: 3), state: &state)
        #expect(state.selected == 2)
    }

    @Test func aResizeShowsTheSameSelectionThatClicksHit() {
        let list = List(items)
        let state = ListState(selected: 8, offset: 0)
        // Taller area after a resize: the stored offset is corrected identically by render and hit-test.
        let buffer = render(list, state, width: 10, height: 4)
        #expect(buffer.lines.last == "规章制度")
        #expect(list.index(at: Point(x: 0, y: 3), in: buffer.area, state: state) == 8)
    }

    @Test func clicksSelectThenActivate() {
        let list = List(items)
        let area = Rect(x: 2, y: 1, width: 10, height: 4)
        var state = ListState()
        do { let result = list.handle(.mouse(MouseEvent(.press(.left), at: Point(x: 3, y: 3))), in: area, state: &state); #expect(result == .selected(2)) }
        do { let result = list.handle(.mouse(MouseEvent(.press(.left), at: Point(x: 11, y: 3))), in: area, state: &state); #expect(result == .activated(2)) }
        do { let result = list.handle(.mouse(MouseEvent(.press(.left), at: Point(x: 12, y: 3))), in: area, state: &state); #expect(result == .ignored) }
        do { let result = list.handle(.mouse(MouseEvent(.wheelDown, at: Point(x: 4, y: 2))), in: area, state: &state); #expect(result == .selected(5)) }
        #expect(state.selected == 5)
        let short = List(["一", "二"])
        var shortState = ListState()
        do { let result = short.handle(.mouse(MouseEvent(.press(.left), at: Point(x: 3, y: 4))), in: area, state: &shortState); #expect(result == .unchanged) }
    }

    @Test func anEmptyListShowsItsEmptyTextWrapped() {
        let list = List([], emptyText: "没有找到企业 No enterprises found", theme: .monochrome)
        let buffer = render(list, ListState(), width: 14, height: 3)
        #expect(buffer.lines == ["没有找到企业", "No enterprises", "found"])
        #expect(buffer[0, 0].style == Theme.monochrome.muted)
        var state = ListState()
        do { let result = list.handle(.down, in: buffer.area, state: &state); #expect(result == .unchanged) }
        #expect(state.selected == nil)
        do { let result = list.handle(.enter, in: buffer.area, state: &state); #expect(result == .ignored) }
    }

    @Test func detailTextIsRightAligned() {
        let list = List(items: [ListItem("北京华信科技有限公司", detail: "2024-05-01"), ListItem("ACME", detail: "昨天")])
        #expect(render(list, ListState(), width: 24, height: 2).lines == ["北京华信科技… 2024-05-01", "ACME" + String(repeating: " ", count: 16) + "昨天"])
    }
}
