import FieldbookCore
import TerminalKit

/// The registry: search as you type, filter and sort, page through any number of enterprises.
///
/// Focus is on the search field, the filter bar or the list (Tab cycles). Whatever has focus,
/// printable characters go to the search (from the list, the first one moves focus there) and
/// ↑/↓/PgUp/PgDn move the list, so the inspector can type and pick without switching. Letters
/// that are commands (`n`, `/`) work only while the search field is not focused; the filters
/// have function keys shown on the bar itself. Only the rows around the screen are in memory.
struct EnterprisesScreen: Screen {
    enum Focus: Hashable, Sendable { case search, filters, list }
    enum Action: Hashable, Sendable {
        case open, newEnterprise, focusSearch, nextArea, previousArea, clearFilters
        case filter(EnterpriseFilterBar.Control)
    }

    var search = TextFieldState(maxLength: 60)
    var focus = Focus.search
    var bar = EnterpriseFilterBar()
    /// The control the filter bar's cursor is on (while the bar has focus).
    var barControl = EnterpriseFilterBar.Control.district
    var table = TableState()
    /// The rows around the screen, with only the columns the table shows (read from the sort's
    /// covering index: docs/performance.md, "Session 8: list tails").
    var window = RowWindow<EnterpriseListEntry>()
    /// The list's height at the last key (reload is not told the area): what to fetch.
    var pageHeight = 30

    /// Searches stop here; the footer then says "more than …" and the user refines the query.
    static let searchCap = 2000

    var route: Route { .enterprises }
    var isEditingText: Bool { focus == .search }
    var query: String { search.text.trimmingCharacters(in: .whitespaces) }
    var isSearching: Bool { !query.isEmpty }

    func title(_ env: AppEnvironment) -> String { env.text.enterprisesTitle }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        let text = env.text
        var bindings: [KeyBinding<Action>] = [
            KeyBinding(.open, keys: [.enter], help: window.total == 0 && (isSearching || !bar.isFiltered) ? text.keyNewEnterprise : text.keyOpen),
            KeyBinding(.nextArea, keys: [.tab], help: text.keyNextArea),
            KeyBinding(.previousArea, keys: [.backTab], help: text.keyNextArea, showsInStatusBar: false),
            KeyBinding(.newEnterprise, keys: [.character("n")], help: text.keyNewEnterprise, isEnabled: focus != .search),
            KeyBinding(.focusSearch, keys: [.character("/")], help: text.keySearch, isEnabled: focus != .search),
            KeyBinding(.clearFilters, keys: [.ctrl("r")], help: text.keyClearFilters, isEnabled: bar.isFiltered),
        ]
        for control in EnterpriseFilterBar.Control.allCases {
            // Shown on the filter bar itself, so kept out of the status bar.
            bindings.append(KeyBinding(.filter(control), keys: [control.key], help: bar.title(control, text),
                                       showsInStatusBar: false))
        }
        return KeyMap(bindings)
    }

    /// The list keys; while the search field has focus, Home and End move its cursor instead.
    private var navigation: KeyMap<NavigationAction> {
        var map = KeyMap<NavigationAction>.navigation
        if focus == .search {
            map.setEnabled(false, .first)
            map.setEnabled(false, .last)
        }
        return map
    }

    // MARK: Data

    mutating func reload(env: AppEnvironment) throws {
        bar.districts = try env.db.districts()
        window.isCurrent = false
        table.sort = tableSort
        try fetch(visible: visibleRange(height: pageHeight), env: env)
    }

    mutating func resized(area: Rect, env: AppEnvironment) throws {
        pageHeight = max(1, Layout(area: area, screen: self, env: env).table.height - 1)
        try fetch(visible: visibleRange(height: pageHeight), env: env)
    }

    /// The rows a list `height` rows tall shows. Before the first fetch of a new query the
    /// length is unknown, so the range follows the selection alone.
    private func visibleRange(height: Int) -> Range<Int> {
        let total = window.isCurrent ? window.total : Int.max / 2
        return Table(columns: [], totalCount: total, showsPosition: false)
            .visibleRows(in: Rect(x: 0, y: 0, width: 1, height: height + 1), state: table)
    }

    /// Makes sure the rows on screen are in memory, querying only when they are not.
    private mutating func fetch(visible: Range<Int>, env: AppEnvironment) throws {
        guard !window.covers(visible) else { return }
        let range = RowWindow<EnterpriseListEntry>.fetchRange(around: visible, page: max(1, visible.count))
        if isSearching {
            let limit = min(Self.searchCap, range.upperBound)
            let found = try env.db.searchEnterprises(query, filter: bar.filter, limit: limit + 1)
            let count = min(found.count, limit)
            let start = min(range.lowerBound, count)
            window = RowWindow(rows: found[start..<count].map { EnterpriseListEntry($0.enterprise) }, start: start, total: count,
                               hasMore: found.count > limit, isCurrent: true)
        } else if let extended = try extendedWindow(to: range, env: env) {
            window = extended
        } else {
            // The same list as the window on screen: its length is known and its rows are
            // anchors to seek from, so paging deep into 100,000 rows costs what the top does.
            let same = window.isCurrent
            let page = try env.db.enterpriseList(filter: bar.filter, sort: bar.sort, offset: range.lowerBound,
                                              limit: range.count, knownTotal: same ? window.total : nil,
                                              near: same ? Page(rows: window.rows, offset: window.start,
                                                                totalCount: window.total) : nil)
            window = RowWindow(rows: page.rows, start: page.offset, total: page.totalCount, isCurrent: true)
        }
        if window.total == 0 {
            table.selected = nil
        } else {
            table.selected = min(table.selected ?? 0, window.total - 1)
        }
    }

    /// The window moved along the same list (paging, scrolling): keeps the rows already in
    /// memory that `range` still needs and reads only the rest, seeking from the rows held.
    /// A page turn then reads two screens instead of three. Nil when nothing overlaps (a jump)
    /// or the list changed length under us (then a full read puts everything right).
    private func extendedWindow(to range: Range<Int>, env: AppEnvironment) throws -> RowWindow<EnterpriseListEntry>? {
        guard window.isCurrent, !window.rows.isEmpty else { return nil }
        let held = window.start..<(window.start + window.rows.count)
        let wanted = range.clamped(to: 0..<window.total)
        guard wanted.overlaps(held) else { return nil }
        let kept = wanted.clamped(to: held)
        let near = Page(rows: window.rows, offset: window.start, totalCount: window.total)
        func read(_ part: Range<Int>) throws -> [EnterpriseListEntry]? {
            guard !part.isEmpty else { return [] }
            let rows = try env.db.enterpriseList(filter: bar.filter, sort: bar.sort, offset: part.lowerBound,
                                              limit: part.count, knownTotal: window.total, near: near).rows
            return rows.count == part.count ? rows : nil
        }
        guard let above = try read(wanted.lowerBound..<kept.lowerBound),
              let below = try read(kept.upperBound..<wanted.upperBound) else { return nil }
        let rows = above + window.rows[(kept.lowerBound - window.start)..<(kept.upperBound - window.start)] + below
        return RowWindow(rows: rows, start: wanted.lowerBound, total: window.total, isCurrent: true)
    }

    /// The query or the filters changed: back to the top of a new list.
    private mutating func restart(env: AppEnvironment) -> ScreenOutcome {
        table = TableState(selected: 0, offset: 0, sort: tableSort)
        window.isCurrent = false
        return refresh(env: env)
    }

    private mutating func refresh(env: AppEnvironment) -> ScreenOutcome {
        do {
            try fetch(visible: visibleRange(height: pageHeight), env: env)
            return .handled
        } catch {
            return .error(env.message(for: error))
        }
    }

    // MARK: Keys

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        let layout = Layout(area: area, screen: self, env: env)
        pageHeight = max(1, layout.table.height - 1)
        if case .mouse(let event) = key, event.isClick {
            if layout.search.contains(event.position) { focus = .search; return .handled }
            if let hit = layout.controls.first(where: { $0.1.contains(event.position) }) {
                focus = .filters
                barControl = hit.0
                bar.step(hit.0)
                return restart(env: env)
            }
        }
        if focus == .filters, let outcome = handleFilterBar(key, env: env) { return outcome }
        if let action = keyMap(env).match(key) {
            switch action {
            case .open:
                if let selected = table.selected, let enterprise = window.row(selected) {
                    return .push(.enterprise(id: enterprise.id))
                }
                return window.total == 0 && (isSearching || !bar.isFiltered) ? .push(.newEnterprise) : .handled
            case .newEnterprise: return .push(.newEnterprise)
            case .focusSearch: focus = .search; return .handled
            case .nextArea: focus = [.search: .filters, .filters: .list, .list: .search][focus]!; return .handled
            case .previousArea: focus = [.search: .list, .filters: .search, .list: .filters][focus]!; return .handled
            case .clearFilters: bar.clearFilters(); return restart(env: env)
            case .filter(let control):
                barControl = control
                bar.step(control)
                return restart(env: env)
            }
        }
        // Keys need the columns and the length, not the rows' cells.
        let tableWidget = makeTable(env: env, width: layout.table.width, rows: 0..<0)
        switch tableWidget.handle(key, in: layout.table, state: &table, keyMap: navigation) {
        case .selected, .unchanged: return refresh(env: env)
        case .activated(let row):
            if let enterprise = window.row(row) { return .push(.enterprise(id: enterprise.id)) }
            return .handled
        case .sorted(let sort):
            guard let order = Self.sortOrder(forColumn: sort.column) else { return .handled }
            bar.choice[.sort] = EnterpriseSort.allCases.firstIndex(of: order)
            return restart(env: env)
        case .ignored: break
        }

        // Typing always goes to the search field.
        if focus != .search, case .character = key { focus = .search }
        if case .paste = key { focus = .search }
        guard focus == .search else { return .ignored }
        let before = search.text
        guard search.handle(key) != .ignored else { return .ignored }
        return search.text == before ? .handled : restart(env: env)
    }

    /// ←/→ move between the controls, Space/Enter steps the value (Backspace steps back).
    private mutating func handleFilterBar(_ key: Key, env: AppEnvironment) -> ScreenOutcome? {
        let controls = EnterpriseFilterBar.Control.allCases
        let index = controls.firstIndex(of: barControl)!
        switch key {
        case .left: barControl = controls[(index + controls.count - 1) % controls.count]; return .handled
        case .right: barControl = controls[(index + 1) % controls.count]; return .handled
        case .character(" "), .enter: bar.step(barControl); return restart(env: env)
        case .backspace: bar.step(barControl, by: -1); return restart(env: env)
        default: return nil
        }
    }

    // MARK: Table

    static let sortColumns: [Int: EnterpriseSort] = [0: .name, 3: .lastVisit, 4: .risk]

    static func sortOrder(forColumn column: Int) -> EnterpriseSort? { sortColumns[column] }

    /// The header's ▲/▼: the column of the current order (none while searching: best match first).
    var tableSort: TableSort? {
        guard !isSearching, let column = Self.sortColumns.first(where: { $0.value == bar.sort })?.key else { return nil }
        return TableSort(column: column, ascending: bar.sort == .name)
    }

    /// The table of the rows in `rows` (list indices; all rows in memory when nil). Rendering
    /// asks only for the rows on screen: a window holds up to three screens, and formatting the
    /// cells of all of them at every key was a third of a page turn.
    func makeTable(env: AppEnvironment, width: Int = 80, rows wanted: Range<Int>? = nil) -> Table {
        let theme = env.theme
        let text = env.text
        let language = env.language
        // Below 80 columns the fixed columns narrow, so the names keep room to be told apart.
        let narrow = width < 78
        let columns = [
            TableColumn(text.columnName, width: .fill(), isSortable: true),
            TableColumn(text.columnDistrict, width: .fixed(narrow ? 8 : 12)),
            TableColumn(text.columnRating, width: .fixed(narrow ? 4 : 6)),
            TableColumn(text.columnLastVisit, width: .fixed(10), isSortable: true),
            TableColumn(text.columnRisk, width: .fixed(RiskLevel.labelWidth(language)), isSortable: true),
            TableColumn(text.columnOpenRecommendations, width: .fixed(narrow ? 4 : 6), alignment: .right),
        ]
        let held = window.start..<(window.start + window.rows.count)
        let shown = wanted.map { $0.clamped(to: held) } ?? held
        let rows = window.rows[(shown.lowerBound - window.start)..<(shown.upperBound - window.start)].map { e in
            TableRow(cells: [
                TableCell(e.name),
                // An out-of-town enterprise shows the marker and its home ("外地·武汉市").
                TableCell(e.placeLabel(in: language), style: e.outOfTown ? theme.notApplicable : nil),
                TableCell(e.integrityRating == .none ? "–" : e.integrityRating.rawValue),
                TableCell(e.lastVisitDate?.description ?? "–", style: theme.muted),
                TableCell(e.lastRiskLevel.map { $0.label(in: language) } ?? "–", style: theme.style(for: e.lastRiskLevel)),
                TableCell(e.openRecommendationCount == 0 ? "" : String(e.openRecommendationCount),
                          style: e.openRecommendationCount > 0 ? theme.warning : nil),
            ])
        }
        return Table(columns: columns, rows: rows, firstRow: shown.lowerBound, totalCount: window.total,
                     showsPosition: false, isFocused: focus == .list, theme: theme)
    }

    // MARK: Layout and drawing

    /// Search row, filter bar (one or more rows), the table, a footer with the position.
    struct Layout {
        var label: Rect
        var search: Rect
        var controls: [(EnterpriseFilterBar.Control, Rect, String)]
        var table: Rect
        var footer: Rect

        init(area: Rect, screen: EnterprisesScreen, env: AppEnvironment) {
            let inner = area.inset(horizontal: 1, vertical: 0)
            let labelWidth = env.text.enterpriseSearchLabel.displayWidth + 1
            label = Rect(x: inner.x, y: inner.y, width: labelWidth, height: 1)
            search = Rect(x: inner.x + labelWidth, y: inner.y, width: max(1, inner.width - labelWidth), height: 1)
            let barRows = screen.bar.rowCount(width: inner.width, env: env, searching: screen.isSearching)
            controls = screen.bar.layout(in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: barRows),
                                         env: env, searching: screen.isSearching)
            let top = inner.y + 1 + barRows
            table = Rect(x: inner.x, y: top, width: inner.width, height: max(2, inner.bottom - top - 1))
            footer = Rect(x: inner.x, y: inner.bottom - 1, width: inner.width, height: 1)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        let text = env.text
        let theme = env.theme
        let layout = Layout(area: area, screen: self, env: env)
        buffer.write(text.enterpriseSearchLabel, at: layout.label.origin, style: focus == .search ? theme.title : theme.normal)
        var searchState = search
        TextField(placeholder: text.enterpriseSearchPlaceholder, isFocused: focus == .search, theme: theme)
            .render(in: layout.search, buffer: &buffer, state: &searchState)

        for (control, rect, label) in layout.controls {
            var style = bar.index(control) != 0 ? theme.warning : theme.muted
            if focus == .filters && control == barControl { style = theme.selected }
            let keyLabel = control.key.label
            let x = buffer.write(keyLabel, at: rect.origin, style: style.bold, clip: rect)
            buffer.write(String(label.dropFirst(keyLabel.count)), at: Point(x: x, y: rect.y), style: style, clip: rect)
        }

        let visible = makeTable(env: env, width: layout.table.width, rows: 0..<0)
            .visibleRows(in: layout.table, state: self.table)
        let table = makeTable(env: env, width: layout.table.width, rows: visible)
        table.render(in: layout.table, buffer: &buffer, state: self.table)
        if window.total == 0 {
            let body = table.parts(of: layout.table).body
            let message = isSearching ? text.enterprisesNoMatch(query)
                : (bar.isFiltered ? text.enterprisesEmpty : text.enterprisesRegistryEmpty)
            buffer.fill(body.row(0), style: theme.normal)
            Paragraph(message, style: theme.muted).render(in: body, buffer: &buffer)
        } else {
            let position = isSearching
                ? text.searchPosition(first: visible.lowerBound + 1, last: visible.upperBound, found: window.total,
                                      more: window.hasMore)
                : text.listPosition(first: visible.lowerBound + 1, last: visible.upperBound, total: window.total)
            let width = min(position.displayWidth, layout.footer.width)
            buffer.write(position.truncated(toWidth: width), at: Point(x: layout.footer.right - width, y: layout.footer.y),
                         style: theme.muted)
            if isSearching {
                // The chosen sort is not applied to a search (best match first): say so where the
                // sort would show, and which sort returns when the query is cleared.
                let note = text.rankedByMatch(thenSort: bar.sort.label(in: env.language))
                buffer.write(note.truncated(toWidth: max(0, layout.footer.width - width - 2)), at: layout.footer.origin,
                             style: theme.muted)
            }
        }
    }
}
