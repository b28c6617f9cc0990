/// A table over any number of rows of which only the visible window is in memory.
///
/// The caller keeps the rows (in the database); it tells the table `totalCount` and hands it
/// `rows` starting at absolute index `firstRow` — normally exactly `visibleRows(in:state:)`.
/// Rendering does work proportional to the rows on screen only. Layout of `area`, top to
/// bottom: the header (titles, ▲/▼ on the sort column), the body, and — when `showsPosition` and
/// there are at least three rows — a footer with "1201–1222 / 100000" on the right.
///
/// Cells are cut with "…" by display width and aligned per column; columns are one space apart.
/// `render` and `handle` take the same `area`, so clicks hit what was drawn.
public struct Table: Sendable {
    public var columns: [TableColumn]
    public var rows: [TableRow]
    /// The absolute index of `rows[0]`.
    public var firstRow: Int
    public var totalCount: Int
    public var showsHeader: Bool
    public var showsPosition: Bool
    public var emptyText: String
    public var isFocused: Bool
    public var theme: Theme

    public init(columns: [TableColumn], rows: [TableRow] = [], firstRow: Int = 0, totalCount: Int,
                showsHeader: Bool = true, showsPosition: Bool = true, emptyText: String = "",
                isFocused: Bool = false, theme: Theme = .color) {
        self.columns = columns
        self.rows = rows
        self.firstRow = firstRow
        self.totalCount = max(0, totalCount)
        self.showsHeader = showsHeader
        self.showsPosition = showsPosition
        self.emptyText = emptyText
        self.isFocused = isFocused
        self.theme = theme
    }

    // MARK: Geometry (shared by render and handle)

    /// The header row, the body and the footer row of `area` (empty rects when absent).
    public func parts(of area: Rect) -> (header: Rect, body: Rect, footer: Rect) {
        var body = area
        var header = Rect(x: area.x, y: area.y, width: area.width, height: 0)
        if showsHeader && body.height > 0 {
            header = body.row(0)
            body = body.inset(by: Insets(top: 1))
        }
        var footer = Rect(x: area.x, y: body.bottom, width: area.width, height: 0)
        if showsPosition && area.height >= 3 && body.height >= 2 {
            footer = body.row(body.height - 1)
            body = body.inset(by: Insets(bottom: 1))
        }
        return (header, body, footer)
    }

    /// The columns' x ranges within `area`.
    public func columnRanges(in area: Rect) -> [Range<Int>] {
        Layout.split(length: area.width, columns.map(\.width), spacing: 1).map {
            (area.x + $0.lowerBound)..<(area.x + $0.upperBound)
        }
    }

    /// The absolute indices of the rows drawn in `area`: what the caller should fetch.
    public func visibleRows(in area: Rect, state: TableState) -> Range<Int> {
        state.rows(count: totalCount).window(height: parts(of: area).body.height)
    }

    /// "1201–1222 / 100000": the rows on screen (from 1) and the total, or "0 / 0".
    public func positionText(in area: Rect, state: TableState) -> String {
        let visible = visibleRows(in: area, state: state)
        guard !visible.isEmpty else { return "0 / \(totalCount)" }
        return "\(visible.lowerBound + 1)–\(visible.upperBound) / \(totalCount)"
    }

    // MARK: Rendering

    public func render(in area: Rect, buffer: inout Buffer, state: TableState) {
        guard !area.isEmpty else { return }
        let (header, body, footer) = parts(of: area)
        let ranges = columnRanges(in: area)
        if !header.isEmpty { renderHeader(in: header, ranges: ranges, buffer: &buffer, sort: state.sort) }
        if totalCount == 0 {
            buffer.write(emptyText.truncated(toWidth: body.width), at: body.origin, style: theme.muted, clip: body)
        }
        let selection = state.rows(count: totalCount)
        let highlight = isFocused ? theme.selected : theme.selectedInactive
        for (line, index) in selection.window(height: body.height).enumerated() {
            let local = index - firstRow
            let y = body.y + line
            if local >= 0 && local < rows.count {
                let row = rows[local]
                for (column, range) in ranges.enumerated() where column < row.cells.count {
                    let cell = row.cells[column]
                    writeCell(cell.text, in: range, y: y, alignment: columns[column].alignment,
                              style: cell.style ?? row.style ?? theme.normal, buffer: &buffer)
                }
            }
            if index == selection.selected { buffer.patchStyle(highlight, in: body.row(line)) }
        }
        if !footer.isEmpty {
            let text = positionText(in: area, state: state).truncated(toWidth: footer.width)
            buffer.write(text, at: Point(x: footer.right - text.displayWidth, y: footer.y), style: theme.muted, clip: footer)
        }
    }

    private func renderHeader(in header: Rect, ranges: [Range<Int>], buffer: inout Buffer, sort: TableSort?) {
        for (index, range) in ranges.enumerated() where !range.isEmpty {
            var title = columns[index].title
            if let sort, sort.column == index {
                // The arrow always shows: the title gives way first.
                let arrow = sort.ascending ? "▲" : "▼"
                title = range.count >= 3 ? title.truncated(toWidth: range.count - 2) + " " + arrow : arrow
            }
            writeCell(title, in: range, y: header.y, alignment: columns[index].alignment, style: theme.title, buffer: &buffer)
        }
    }

    private func writeCell(_ text: String, in range: Range<Int>, y: Int, alignment: Alignment, style: Style,
                           buffer: inout Buffer) {
        buffer.write(text, fitting: range.count, at: Point(x: range.lowerBound, y: y), alignment: alignment, style: style)
    }

    // MARK: Input

    /// Navigation keys (`keyMap`), Enter, the wheel, a click on a row (selects; on the selected
    /// row, activates) and a click on a sortable header (toggles `state.sort`, returns `.sorted`).
    public func handle(_ key: Key, in area: Rect, state: inout TableState,
                       keyMap: KeyMap<NavigationAction> = .navigation) -> RowEvent {
        let (header, body, _) = parts(of: area)
        if case .mouse(let event) = key, event.isClick, header.contains(event.position) {
            guard let column = column(atX: event.position.x, in: area), columns[column].isSortable else { return .unchanged }
            state.toggleSort(column: column)
            return .sorted(state.sort!)
        }
        var selection = state.rows(count: totalCount)
        let event = selection.handle(key, keyMap: keyMap, height: body.height, top: body.y, columns: area.x..<area.right)
        state.update(from: selection)
        return event
    }

    /// The absolute row drawn at `point` of `area`, if any.
    public func row(at point: Point, in area: Rect, state: TableState) -> Int? {
        let body = parts(of: area).body
        guard body.contains(point) else { return nil }
        return state.rows(count: totalCount).row(atLine: point.y - body.y, height: body.height)
    }

    /// The column whose cells span column `x` of `area`, if any (not the gaps between columns).
    public func column(atX x: Int, in area: Rect) -> Int? {
        columnRanges(in: area).firstIndex { $0.contains(x) }
    }
}
