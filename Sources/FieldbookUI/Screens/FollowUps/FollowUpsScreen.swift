import FieldbookCore
import TerminalKit

/// Open recommendations across enterprises: overdue, due within `AppDatabase.dueSoonDays`, or
/// all open, earliest deadline first. Only the rows on screen (and a margin) are read, so the
/// list costs the same with ten rows or a city's worth. `p` attaches proof of rectification (a
/// photo, a scan) to the selected recommendation, whichever earlier visit it belongs to.
struct FollowUpsScreen: Screen {
    enum Action: Hashable, Sendable { case open, enterprise, nextScope, attach }

    static let scopes: [FollowUpScope] = [.overdue, .dueSoon, .allOpen]
    /// Rows read around the visible window, so short moves need no query.
    static let margin = 40

    var scope: FollowUpScope = .overdue
    var totals: [FollowUpScope: Int] = [:]
    var page = Page<FollowUpRow>(rows: [], offset: 0, totalCount: 0)
    var table = TableState()
    /// The table height of the last key; reload reads enough rows for it.
    var lastHeight = 40
    /// The file chooser and caption, while attaching to the selected recommendation.
    var attachFlow: AttachFlow?

    var isEditingText: Bool { attachFlow != nil }

    var route: Route { .followUps }

    func title(_ env: AppEnvironment) -> String { env.text.followUpsTitle }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        if attachFlow != nil { return KeyMap([]) }
        let text = env.text
        let hasRow = selectedRow != nil
        return KeyMap([
            KeyBinding(.open, keys: [.enter], help: text.keyOpen, isEnabled: hasRow),
            KeyBinding(.enterprise, keys: [.character("e")], help: text.keyOpenEnterprise, isEnabled: hasRow),
            KeyBinding(.attach, keys: [.character("p")], help: text.keyAttachProof, isEnabled: hasRow),
            KeyBinding(.nextScope, keys: [.tab], help: text.keyNextScope),
        ])
    }

    var selectedRow: FollowUpRow? {
        guard let index = table.selected, page.rows.indices.contains(index - page.offset) else { return nil }
        return page.rows[index - page.offset]
    }

    mutating func reload(env: AppEnvironment) throws {
        for other in Self.scopes { totals[other] = try env.db.followUps(other, limit: 0).totalCount }
        try fetch(around: table.selected ?? 0, height: lastHeight, env: env)
    }

    mutating func resized(area: Rect, env: AppEnvironment) throws {
        let layout = Layout(area: area)
        lastHeight = max(1, layout.table.height)
        let visible = makeTable(env).visibleRows(in: layout.table, state: table)
        if !visible.isEmpty, visible.lowerBound < page.offset || visible.upperBound > page.offset + page.rows.count {
            try fetch(around: visible.lowerBound, height: lastHeight, env: env)
        }
    }

    /// Reads the window of rows around `index` (and the current total of the scope).
    private mutating func fetch(around index: Int, height: Int, env: AppEnvironment) throws {
        let offset = max(0, index - height - Self.margin)
        page = try env.db.followUps(scope, offset: offset, limit: 2 * (height + Self.margin))
        totals[scope] = page.totalCount
        table.selected = page.totalCount == 0 ? nil : min(table.selected ?? 0, page.totalCount - 1)
    }

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        let layout = Layout(area: area)
        switch AttachFlow.route(&attachFlow, key, area: area, env: env) {
        case nil: break
        case .finished(let outcome)?: return outcome
        case .handled?, .cancelled?: return .handled
        }
        do {
            if case .mouse(let event) = key, event.isClick, let index = tabIndex(at: event.position, layout: layout, env: env) {
                return try switchScope(to: Self.scopes[index], env: env)
            }
            switch keyMap(env).match(key) {
            case .open: return open()
            case .enterprise: return selectedRow.map { .push(.enterprise(id: $0.recommendation.enterpriseId)) } ?? .handled
            case .attach:
                guard let row = selectedRow else { return .handled }
                attachFlow = AttachFlow(visitId: row.recommendation.visitId, target: .recommendation(id: row.recommendation.id),
                                        title: env.text.chooserTitleRecommendation(row.recommendation.text), env: env)
                return .handled
            case .nextScope:
                let index = Self.scopes.firstIndex(of: scope)!
                return try switchScope(to: Self.scopes[(index + 1) % Self.scopes.count], env: env)
            case nil: break
            }
            let event = makeTable(env).handle(key, in: layout.table, state: &self.table)
            try resized(area: area, env: env)
            switch event {
            case .activated: return open()
            case .ignored: return .ignored
            default: return .handled
            }
        } catch {
            return .error(env.message(for: error))
        }
    }

    private mutating func switchScope(to newScope: FollowUpScope, env: AppEnvironment) throws -> ScreenOutcome {
        scope = newScope
        table = TableState()
        try fetch(around: 0, height: lastHeight, env: env)
        return .handled
    }

    private func open() -> ScreenOutcome {
        selectedRow.map { .push(.recommendation(id: $0.recommendation.id)) } ?? .handled
    }

    struct Layout {
        let tabs: Rect
        let table: Rect
        let detail: Rect

        init(area: Rect) {
            let box = area.inset(horizontal: 1, vertical: 0)
            let parts = box.rows([.fixed(2), .fill(), .fixed(box.height >= 30 ? 8 : 5)])
            tabs = parts[0].row(0)
            table = parts[1]
            detail = parts[2]
        }
    }

    private func tabTitles(_ env: AppEnvironment) -> [String] {
        Self.scopes.map { "\($0.label(in: env.language)) \(totals[$0] ?? 0)" }
    }

    private func tabIndex(at point: Point, layout: Layout, env: AppEnvironment) -> Int? {
        Tabs(tabTitles(env), selected: 0).index(at: point, in: layout.tabs)
    }

    func makeTable(_ env: AppEnvironment) -> Table {
        let text = env.text
        let rows = page.rows.map { row -> TableRow in
            let cells = RecommendationCells(recommendation: row.recommendation, today: env.today)
            let days = RecommendationCells.days(from: env.today, to: row.recommendation.deadline ?? env.today)
            let when = cells.daysOverdue.map { text.daysOverdue($0) } ?? text.dueIn(days)
            return TableRow(cells: [TableCell(row.enterpriseName), TableCell(cells.oneLineText),
                                    TableCell(row.recommendation.priority.label(in: env.language)),
                                    TableCell(cells.deadline), TableCell(when)],
                            style: cells.style(env.theme))
        }
        return Table(columns: [TableColumn(text.columnEnterprise, width: .percentage(30)),
                               TableColumn(text.columnText, width: .fill()),
                               TableColumn(text.columnPriority, width: .fixed(6)),
                               TableColumn(text.columnDeadline, width: .fixed(10)),
                               TableColumn(text.columnDaysOverdue, width: .fixed(12))],
                     rows: rows, firstRow: page.offset, totalCount: page.totalCount, emptyText: text.followUpsEmpty, isFocused: true,
                     theme: env.theme)
    }

    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        let layout = Layout(area: area)
        Tabs(tabTitles(env), selected: Self.scopes.firstIndex(of: scope)!, theme: env.theme)
            .render(in: layout.tabs, buffer: &buffer)
        makeTable(env).render(in: layout.table, buffer: &buffer, state: table)
        if let row = selectedRow {
            RecommendationSummary(recommendation: row.recommendation, enterpriseName: row.enterpriseName, env: env).render(in: layout.detail, buffer: &buffer)
        }
        attachFlow?.render(in: area, buffer: &buffer, env: env)
    }
}
