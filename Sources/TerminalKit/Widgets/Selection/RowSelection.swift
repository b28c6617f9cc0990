/// A selection among `count` rows and the first row shown — the part List, Table and Select
/// share. Only numbers: the rows themselves stay with the caller, so a table of 100,000 rows
/// costs the same as one of ten.
///
/// `offset` is where the caller last scrolled; `window(height:)` is what is actually shown, the
/// offset corrected so the selection is visible and no blank space is left below the last row.
/// Render and hit-testing both use `window(height:)`, so a resize between two key presses never
/// shows a different row from the one a click selects.
public struct RowSelection: Hashable, Sendable {
    public private(set) var count: Int
    /// Nil only when there are no rows.
    public private(set) var selected: Int?
    public private(set) var offset: Int

    public init(count: Int = 0, selected: Int? = 0, offset: Int = 0) {
        self.count = max(0, count)
        self.selected = selected
        self.offset = max(0, offset)
        clampSelection()
    }

    /// Changes the number of rows (a new search result), keeping the selection if it still exists.
    public mutating func setCount(_ newCount: Int) {
        count = max(0, newCount)
        clampSelection()
    }

    /// Selects `index` (clamped to the rows) and scrolls it into a view `height` rows tall.
    public mutating func select(_ index: Int, height: Int) {
        guard count > 0 else { return }
        selected = min(max(0, index), count - 1)
        offset = window(height: height).lowerBound
    }

    /// Moves the selection by `delta` rows (clamped). Returns whether it moved.
    @discardableResult
    public mutating func move(by delta: Int, height: Int) -> Bool {
        guard let current = selected else { return false }
        select(current + delta, height: height)
        return selected != current
    }

    /// The first row shown in a view `height` rows tall.
    public func visibleOffset(height: Int) -> Int {
        guard height > 0 else { return min(offset, max(0, count - 1)) }
        var first = min(offset, max(0, count - height))
        if let selected {
            if selected < first { first = selected } else if selected >= first + height { first = selected - height + 1 }
        }
        return max(0, first)
    }

    /// The rows shown in a view `height` rows tall.
    public func window(height: Int) -> Range<Int> {
        let first = visibleOffset(height: height)
        return first..<min(count, first + max(0, height))
    }

    /// The row shown on line `line` (0 = top) of a view `height` rows tall, if any.
    public func row(atLine line: Int, height: Int) -> Int? {
        guard line >= 0, line < height else { return nil }
        let row = visibleOffset(height: height) + line
        return row < count ? row : nil
    }

    private mutating func clampSelection() {
        if count == 0 {
            selected = nil
            offset = 0
        } else {
            selected = min(max(0, selected ?? 0), count - 1)
            offset = min(offset, count - 1)
        }
    }

    /// Applies a navigation key or mouse event to a view of `height` rows whose top line is at
    /// screen row `top`, within the columns `columns` (for clicks and the wheel).
    mutating func handle(_ key: Key, keyMap: KeyMap<NavigationAction>, height: Int, top: Int,
                         columns: Range<Int>, wheelStep: Int = 3) -> RowEvent {
        if case .mouse(let event) = key {
            guard columns.contains(event.position.x) else { return .ignored }
            let line = event.position.y - top
            switch event.action {
            case .wheelUp, .wheelDown:
                guard line >= 0, line < height else { return .ignored }
                let before = selected
                move(by: event.action == .wheelUp ? -wheelStep : wheelStep, height: height)
                return changeEvent(from: before)
            case .press(.left):
                guard let row = row(atLine: line, height: height) else {
                    return line >= 0 && line < height ? .unchanged : .ignored
                }
                if row == selected { return .activated(row) }
                select(row, height: height)
                return .selected(row)
            default:
                return .ignored
            }
        }
        if key == .enter, let selected { return .activated(selected) }
        guard let action = keyMap.match(key) else { return .ignored }
        let before = selected
        let page = max(1, height - 1)
        switch action {
        case .up: move(by: -1, height: height)
        case .down: move(by: 1, height: height)
        case .pageUp: move(by: -page, height: height)
        case .pageDown: move(by: page, height: height)
        case .first: select(0, height: height)
        case .last: select(count - 1, height: height)
        }
        return changeEvent(from: before)
    }

    private func changeEvent(from before: Int?) -> RowEvent {
        guard let selected, selected != before else { return .unchanged }
        return .selected(selected)
    }
}
