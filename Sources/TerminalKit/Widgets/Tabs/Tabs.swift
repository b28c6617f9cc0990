/// The moves between tabs, as a `KeyMap` so help can list them.
public enum TabAction: Hashable, Sendable {
    case previous, next
}

extension KeyMap where ID == TabAction {
    /// ← and → (for a focused tab bar). Help texts are empty: relabel them from the UI catalogue.
    public static var tabs: KeyMap<TabAction> {
        KeyMap([
            KeyBinding(.previous, keys: [.left], help: "", showsInStatusBar: false),
            KeyBinding(.next, keys: [.right], help: "", showsInStatusBar: false),
        ])
    }
}

/// A row of tab titles, " 概览 │ 检查 │ 整改 ", the selected one in the active-tab style. When the
/// titles do not fit, the longest are cut first (with "…", by display width), so every tab keeps
/// something to click.
public struct Tabs: Sendable {
    public var titles: [String]
    public var selected: Int
    public var theme: Theme

    public init(_ titles: [String], selected: Int, theme: Theme = .color) {
        self.titles = titles
        self.selected = selected
        self.theme = theme
    }

    /// The text each tab shows in `width` columns.
    func shownTitles(width: Int) -> [String] {
        guard !titles.isEmpty else { return [] }
        // Each tab: a space, the title, a space; "│" between tabs.
        let overhead = titles.count * 3 - 1
        var budgets = titles.map(\.displayWidth)
        var excess = budgets.reduce(0, +) + overhead - width
        while excess > 0, let widest = budgets.indices.max(by: { budgets[$0] < budgets[$1] }), budgets[widest] > 1 {
            budgets[widest] -= 1
            excess -= 1
        }
        return zip(titles, budgets).map { $0.truncated(toWidth: $1) }
    }

    /// The x range each tab occupies in `area` (for clicks).
    public func tabRanges(in area: Rect) -> [Range<Int>] {
        var x = area.x
        return shownTitles(width: area.width).map { title in
            let range = x..<min(area.right, x + title.displayWidth + 2)
            x = range.upperBound + 1
            return range
        }
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        let ranges = tabRanges(in: row)
        for (index, (title, range)) in zip(shownTitles(width: row.width), ranges).enumerated() {
            let style = index == selected ? theme.activeTab : theme.inactiveTab
            buffer.write(" " + title + " ", at: Point(x: range.lowerBound, y: row.y), style: style, clip: row)
            if index < ranges.count - 1 {
                buffer.write("│", at: Point(x: range.upperBound, y: row.y), style: theme.border, clip: row)
            }
        }
    }

    /// The tab drawn at `point` of `area`, if any.
    public func index(at point: Point, in area: Rect) -> Int? {
        guard area.row(0).contains(point) else { return nil }
        return tabRanges(in: area).firstIndex { $0.contains(point.x) }
    }

    /// A click on a tab selects it; `keyMap` moves to the previous or next tab (wrapping).
    /// Returns whether `selected` changed.
    public func handle(_ key: Key, in area: Rect, selected: inout Int, keyMap: KeyMap<TabAction> = .tabs) -> Bool {
        guard !titles.isEmpty else { return false }
        let before = selected
        if case .mouse(let event) = key {
            guard event.isClick, let hit = index(at: event.position, in: area) else { return false }
            selected = hit
        } else {
            switch keyMap.match(key) {
            case .previous: selected = (selected - 1 + titles.count) % titles.count
            case .next: selected = (selected + 1) % titles.count
            case nil: return false
            }
        }
        return selected != before
    }
}
