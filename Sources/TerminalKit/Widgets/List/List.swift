/// A vertical list of items with one selected, scrolled so the selection is always visible.
/// Text is cut with "…" by display width; an empty list shows `emptyText` in the muted style.
///
/// `render` and `handle` take the same `area`, so a click selects exactly the row drawn there.
/// The state is passed by value to `render` because a program's `render` cannot mutate; the
/// scroll correction render applies is recomputed identically by `handle`.
public struct List: Sendable {
    public var items: [ListItem]
    public var emptyText: String
    public var isFocused: Bool
    public var theme: Theme

    public init(items: [ListItem], emptyText: String = "", isFocused: Bool = false, theme: Theme = .color) {
        self.items = items
        self.emptyText = emptyText
        self.isFocused = isFocused
        self.theme = theme
    }

    public init(_ texts: [String], emptyText: String = "", isFocused: Bool = false, theme: Theme = .color) {
        self.init(items: texts.map { ListItem($0) }, emptyText: emptyText, isFocused: isFocused, theme: theme)
    }

    public func render(in area: Rect, buffer: inout Buffer, state: ListState) {
        guard !area.isEmpty else { return }
        if items.isEmpty {
            for (line, text) in WordWrap.lines(emptyText, width: area.width).prefix(area.height).enumerated() {
                buffer.write(text, at: area.row(line).origin, style: theme.muted, clip: area)
            }
            return
        }
        let rows = state.rows(count: items.count)
        for (line, index) in rows.window(height: area.height).enumerated() {
            let row = area.row(line)
            let item = items[index]
            var textWidth = row.width
            if let detail = item.detail, !detail.isEmpty {
                let detailWidth = min(detail.displayWidth, row.width / 2)
                buffer.write(detail, fitting: detailWidth, at: Point(x: row.right - detailWidth, y: row.y),
                             alignment: .right, style: theme.muted, clip: row)
                textWidth = row.width - detailWidth - 1
            }
            buffer.write(item.text, fitting: textWidth, at: row.origin, style: item.style ?? theme.normal, clip: row)
            if index == rows.selected {
                buffer.patchStyle(isFocused ? theme.selected : theme.selectedInactive, in: row)
            }
        }
    }

    /// Handles navigation keys (`keyMap`), Enter, a click on a row (a click on the selected row
    /// activates it) and the mouse wheel over `area`.
    public func handle(_ key: Key, in area: Rect, state: inout ListState,
                       keyMap: KeyMap<NavigationAction> = .navigation) -> RowEvent {
        var rows = state.rows(count: items.count)
        let event = rows.handle(key, keyMap: keyMap, height: area.height, top: area.y,
                                columns: area.x..<area.right)
        state.update(from: rows)
        return event
    }

    /// The item drawn at `point` of `area`, if any (for callers that handle clicks themselves).
    public func index(at point: Point, in area: Rect, state: ListState) -> Int? {
        guard area.contains(point) else { return nil }
        return state.rows(count: items.count).row(atLine: point.y - area.y, height: area.height)
    }
}
