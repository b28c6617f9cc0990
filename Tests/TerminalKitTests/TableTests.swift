import Testing
@testable import TerminalKit

/// A line of text with each piece starting at the given display column (spaces between).
func columns(_ pieces: (Int, String)...) -> String {
    var line = ""
    for (column, text) in pieces {
        line += String(repeating: " ", count: max(0, column - line.displayWidth)) + text
    }
    return line
}

@Suite struct TableTests {
    static let names = ["北京华信科技有限公司", "Acme Trading 上海", "广州市白云区劳务派遣服务中心", "深圳 Shenzhen Tech"]
    static let risks = ["低", "中", "高", "重大"]
    static let staff = ["12", "340", "5", "10000"]

    /// The rows `range` of an imaginary registry, as a database query would return them.
    static func fetch(_ range: Range<Int>) -> [TableRow] {
        range.map { TableRow([names[$0 % 4], risks[$0 % 4], staff[$0 % 4]]) }
    }

    func table(total: Int, window: Range<Int>, theme: Theme = .color) -> Table {
        Table(columns: [TableColumn("企业名称", width: .fill(), isSortable: true),
                        TableColumn("风险", width: .fixed(4)),
                        TableColumn("员工", width: .fixed(5), alignment: .right, isSortable: true)],
              rows: Self.fetch(window), firstRow: window.lowerBound, totalCount: total,
              emptyText: "没有企业", isFocused: true, theme: theme)
    }

    /// Renders what a screen would: asks the table which rows are visible, fetches only those.
    func render(total: Int, state: TableState, width: Int, height: Int, theme: Theme = .color) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        let window = table(total: total, window: 0..<0).visibleRows(in: buffer.area, state: state)
        table(total: total, window: window, theme: theme).render(in: buffer.area, buffer: &buffer, state: state)
        return buffer
    }

    @Test func headerBodyAndPositionAtThirtyColumns() {
        let buffer = render(total: 100_000, state: TableState(sort: TableSort(column: 0)), width: 30, height: 6)
        #expect(buffer.lines == [
            columns((0, "企业名称 ▲"), (20, "风险"), (26, "员工")),
            columns((0, "北京华信科技有限公…"), (20, "低"), (28, "12")),
            columns((0, "Acme Trading 上海"), (20, "中"), (27, "340")),
            columns((0, "广州市白云区劳务派…"), (20, "高"), (29, "5")),
            columns((0, "深圳 Shenzhen Tech"), (20, "重大"), (25, "10000")),
            columns((18, "1–4 / 100000")),
        ])
    }

    @Test func aWideGlyphThatWouldStraddleTheColumnEdgeGivesWay() {
        // 21 columns: the flexible column gets 10, an even width, so "北京华信" + "科" would need 11.
        let buffer = render(total: 3, state: TableState(sort: TableSort(column: 2, ascending: false)), width: 21, height: 5)
        #expect(buffer.lines == [
            columns((0, "企业名称"), (11, "风险"), (16, "员… ▼")),
            columns((0, "北京华信…"), (11, "低"), (19, "12")),
            columns((0, "Acme Trad…"), (11, "中"), (18, "340")),
            columns((0, "广州市白…"), (11, "高"), (20, "5")),
            columns((14, "1–3 / 3")),
        ])
        for line in buffer.lines { #expect(line.displayWidth <= 21) }
    }

    @Test func selectionAndScrollingAtTheEndsOfAHundredThousandRows() {
        let area = Rect(x: 0, y: 0, width: 30, height: 6)
        let navigator = table(total: 100_000, window: 0..<0)
        var state = TableState()
        do { let result = navigator.handle(.end, in: area, state: &state); #expect(result == .selected(99_999)) }
        #expect(navigator.visibleRows(in: area, state: state) == 99_996..<100_000)
        let bottom = render(total: 100_000, state: state, width: 30, height: 6)
        #expect(bottom.lines[4] == columns((0, "深圳 Shenzhen Tech"), (20, "重大"), (25, "10000")))
        #expect(bottom.lines[5] == columns((9, "99997–100000 / 100000")))
        do { let result = navigator.handle(.down, in: area, state: &state); #expect(result == .unchanged) }
        do { let result = navigator.handle(.pageUp, in: area, state: &state); #expect(result == .selected(99_996)) }
        #expect(navigator.visibleRows(in: area, state: state) == 99_996..<100_000)
        do { let result = navigator.handle(.up, in: area, state: &state); #expect(result == .selected(99_995)) }
        #expect(navigator.visibleRows(in: area, state: state) == 99_995..<99_999)
        do { let result = navigator.handle(.home, in: area, state: &state); #expect(result == .selected(0)) }
        do { let result = navigator.handle(.pageDown, in: area, state: &state); #expect(result == .selected(3)) }
        #expect(navigator.visibleRows(in: area, state: state) == 0..<4)
        do { let result = navigator.handle(.enter, in: area, state: &state); #expect(result == .activated(3)) }
    }

    @Test func theSelectedRowIsHighlightedInTheBody() {
        let theme = Theme.monochrome
        let buffer = render(total: 10, state: TableState(selected: 2), width: 30, height: 6, theme: theme)
        #expect(buffer[0, 3].style == theme.selected)
        #expect(buffer[29, 3].style == theme.selected)
        #expect(buffer[0, 2].style == theme.normal)
        #expect(buffer[0, 0].style == theme.title)
    }

    @Test func onlyTheSuppliedWindowIsDrawn() {
        // The caller has fetched rows 2 and 3 only: other visible rows stay blank, nothing crashes.
        var buffer = Buffer(width: 30, height: 6)
        table(total: 100, window: 2..<4).render(in: buffer.area, buffer: &buffer, state: TableState())
        #expect(buffer.lines[1] == "")
        #expect(buffer.lines[2] == "")
        #expect(buffer.lines[3] == columns((0, "广州市白云区劳务派…"), (20, "高"), (29, "5")))
        #expect(buffer.lines[4] == columns((0, "深圳 Shenzhen Tech"), (20, "重大"), (25, "10000")))
    }

    @Test func workDoesNotGrowWithTheTotal() {
        // A trillion rows: anything proportional to the total would never finish.
        let total = 1_000_000_000_000
        let area = Rect(x: 0, y: 0, width: 30, height: 6)
        var state = TableState()
        _ = table(total: total, window: 0..<0).handle(.end, in: area, state: &state)
        _ = table(total: total, window: 0..<0).handle(.pageUp, in: area, state: &state)
        let buffer = render(total: total, state: state, width: 50, height: 6)
        #expect(buffer.lines[5].hasSuffix(" 999999999997–1000000000000 / 1000000000000"))
        #expect(buffer.lines[1].hasPrefix("北京华信科技"))
    }

    @Test func clicksSelectRowsAndSortByHeaders() {
        let area = Rect(x: 0, y: 2, width: 30, height: 6)
        let navigator = table(total: 50, window: 0..<0)
        var state = TableState()
        func click(_ x: Int, _ y: Int) -> RowEvent {
            navigator.handle(.mouse(MouseEvent(.press(.left), at: Point(x: x, y: y))), in: area, state: &state)
        }
        #expect(click(3, 2) == .sorted(TableSort(column: 0, ascending: true)))
        #expect(click(18, 2) == .sorted(TableSort(column: 0, ascending: false)))
        #expect(state.sort == TableSort(column: 0, ascending: false))
        #expect(click(21, 2) == .unchanged)  // 风险 is not sortable
        #expect(click(27, 2) == .sorted(TableSort(column: 2, ascending: true)))
        #expect(click(5, 5) == .selected(2))
        #expect(click(25, 5) == .activated(2))
        #expect(click(5, 7) == .ignored)  // the position footer
        #expect(navigator.row(at: Point(x: 0, y: 6), in: area, state: state) == 3)
        #expect(navigator.column(atX: 19, in: area) == nil)  // the gap between columns
        _ = navigator.handle(.mouse(MouseEvent(.wheelDown, at: Point(x: 1, y: 4))), in: area, state: &state)
        #expect(state.selected == 5)
        #expect(navigator.visibleRows(in: area, state: state) == 2..<6)
    }

    @Test func anEmptyTableSaysSo() {
        let buffer = render(total: 0, state: TableState(), width: 24, height: 4)
        #expect(buffer.lines == [columns((0, "企业名称"), (14, "风险"), (20, "员工")), "没有企业", "", columns((19, "0 / 0"))])
        var state = TableState()
        do { let result = table(total: 0, window: 0..<0).handle(.down, in: Rect(x: 0, y: 0, width: 24, height: 4), state: &state); #expect(result == .unchanged) }
        #expect(state.selected == nil)
    }

    @Test func withoutHeaderAndPositionTheBodyTakesTheArea() {
        var buffer = Buffer(width: 12, height: 2)
        let plain = Table(columns: [TableColumn("a", width: .fixed(6)), TableColumn("b", width: .min(3))],
                          rows: [TableRow(["检查项目", "是"]), TableRow(["Item", "No"])], totalCount: 2,
                          showsHeader: false, showsPosition: false)
        plain.render(in: buffer.area, buffer: &buffer, state: TableState())
        #expect(buffer.lines == ["检查…  是", "Item   No"])
    }
}
