import FieldbookCore
import TerminalKit

/// One enterprise: its profile, the policy briefings it attended at another's, its visits (newest
/// first, with risk levels and a trend of risk over the visits), its open recommendations, and
/// "start a visit here". Voided visits stay in
/// the list, dimmed with their reason, and out of the trend; Del deletes the selected draft (never
/// exported) or voids the selected visit.
struct EnterpriseDetailScreen: Screen {
    enum Action: Hashable, Sendable {
        case startVisit, openVisit, remove
        /// F4–F7: that section of the selected visit, as on every visit screen.
        case navigate(VisitNavigation)
    }

    let enterpriseId: String
    var enterprise: Enterprise?
    var visits = RowWindow<SiteVisit>()
    var table = TableState()
    /// Risk ranks of the latest visits, oldest first (nil for visits not assessed).
    var trend: [Double?] = []
    var recommendations = Page<Recommendation>(rows: [], offset: 0, totalCount: 0)
    /// Briefings it attended as a participant (another enterprise's visits), newest first.
    var attended: [BriefingAttendance] = []
    var pageHeight = 12
    /// A deletion waiting for a yes, or a void waiting for its reason.
    var removal: RemovalQuestion?
    /// What Del does to the selected visit (read when the selection moves).
    var selectedRemoval: RecordRemoval = .none

    /// The trend covers at most this many recent visits; recommendations show the earliest due.
    static let trendLength = 40
    static let recommendationRows = 5

    init(enterpriseId: String) { self.enterpriseId = enterpriseId }

    var route: Route { .enterprise(id: enterpriseId) }

    func title(_ env: AppEnvironment) -> String { enterprise?.name ?? "" }

    /// This page is the enterprise: the header keeps its name whatever is opened above it.
    func subject(_ env: AppEnvironment) -> String? { enterprise?.name }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        var map = KeyMap([
            KeyBinding(Action.startVisit, keys: [.character("v")], help: env.text.keyStartVisit),
            KeyBinding(.openVisit, keys: [.enter], help: env.text.keyOpenVisit, isEnabled: visits.total > 0),
            KeyBinding(.remove, keys: RemovalKeys.keys, keyLabel: RemovalKeys.label,
                       help: selectedRemoval == .delete ? env.text.keyDelete : env.text.keyVoid,
                       isEnabled: selectedRemoval != .none),
        ])
        for navigation in [VisitNavigation.form, .checklist, .recommendations, .review] {
            var binding = navigation.binding(Action.navigate(navigation), env)
            binding.isEnabled = visits.total > 0
            binding.showsInStatusBar = false
            map.append(binding)
        }
        return map
    }

    var selectedVisit: SiteVisit? { table.selected.flatMap { visits.row($0) } }

    var isEditingText: Bool { removal?.isTypingReason ?? false }

    var draft: ScreenDraft? { removal?.draft }

    mutating func restore(_ draft: ScreenDraft, env: AppEnvironment) {
        guard removal == nil, let id = RemovalQuestion.recordId(of: draft), let subject = try? Self.subject(visitId: id, env: env),
              case .success(var question) = RemovalQuestion.ask(subject, env: env), question.removal == .void else { return }
        question.restoreReason(from: draft)
        removal = question
    }

    /// The visit with what deleting it would take along.
    static func subject(visitId: String, env: AppEnvironment) throws -> RemovalQuestion.Subject? {
        guard let detail = try env.db.visit(id: visitId) else { return nil }
        return .visit(detail.visit, enterprise: detail.enterprise.name, answers: detail.answers.count,
                      recommendations: detail.recommendations.filter { !$0.isVoided }.count)
    }

    mutating func reload(env: AppEnvironment) throws {
        guard let found = try env.db.enterprise(id: enterpriseId) else { throw UIError.recordMissing }
        enterprise = found
        let latest = try env.db.visitHistory(enterpriseId: enterpriseId, limit: Self.trendLength)
        trend = latest.rows.reversed().filter { !$0.isVoided }
            .map { $0.riskLevel == .notAssessed ? nil : Double($0.riskLevel.rank) }
        recommendations = try env.db.openRecommendations(enterpriseId: enterpriseId, limit: Self.recommendationRows)
        attended = try env.db.briefingsAttended(enterpriseId: enterpriseId)
        visits.isCurrent = false
        try fetchVisits(height: pageHeight, env: env)
    }

    mutating func resized(area: Rect, env: AppEnvironment) throws {
        pageHeight = max(1, currentLayout(area, env).visits.height - 1)
        try fetchVisits(height: pageHeight, env: env)
    }

    private mutating func fetchVisits(height: Int, env: AppEnvironment) throws {
        let total = visits.isCurrent ? visits.total : Int.max / 2
        let visible = Table(columns: [], totalCount: total, showsPosition: false)
            .visibleRows(in: Rect(x: 0, y: 0, width: 1, height: height + 1), state: table)
        guard !visits.covers(visible) else { return }
        let range = RowWindow<SiteVisit>.fetchRange(around: visible, page: max(1, visible.count))
        let page = try env.db.visitHistory(enterpriseId: enterpriseId, offset: range.lowerBound, limit: range.count)
        visits = RowWindow(rows: page.rows, start: page.offset, total: page.totalCount, isCurrent: true)
        table.selected = page.totalCount == 0 ? nil : min(table.selected ?? 0, page.totalCount - 1)
        try readSelectedRemoval(env: env)
    }

    private mutating func readSelectedRemoval(env: AppEnvironment) throws {
        selectedRemoval = try selectedVisit.map { try env.db.removal(ofVisit: $0.id) } ?? .none
    }

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        let layout = currentLayout(area, env)
        pageHeight = max(1, layout.visits.height - 1)
        if var removal {
            switch removal.handle(key, area: area, env: env) {
            case .passOn: return .ignored
            case .open: self.removal = removal
            case .cancelled: self.removal = nil
            case .deleted(let notice), .voided(let notice):
                self.removal = nil
                do { try reload(env: env) } catch { return .error(env.message(for: error)) }
                return .notice(notice)
            case .failed(let message):
                self.removal = removal
                return .error(message)
            }
            return .handled
        }
        switch keyMap(env).match(key) {
        case .startVisit: return .push(.newVisit(enterpriseId: enterpriseId))
        case .remove:
            do {
                guard let visit = selectedVisit, let subject = try Self.subject(visitId: visit.id, env: env) else { return .handled }
                switch RemovalQuestion.ask(subject, env: env) {
                case .success(let question): removal = question
                case .failure(let refusal): return .notice(refusal.message)
                }
            } catch {
                return .error(env.message(for: error))
            }
            return .handled
        case .openVisit:
            if let selected = table.selected, let visit = visits.row(selected) { return .push(.visit(id: visit.id)) }
            return .handled
        case .navigate(let navigation):
            if let selected = table.selected, let visit = visits.row(selected) {
                return .push(navigation.route(visitId: visit.id))
            }
            return .handled
        case nil: break
        }
        switch makeTable(env: env).handle(key, in: layout.visits, state: &table) {
        case .selected, .unchanged:
            do {
                try fetchVisits(height: pageHeight, env: env)
                try readSelectedRemoval(env: env)
            } catch { return .error(env.message(for: error)) }
            return .handled
        case .activated(let row):
            if let visit = visits.row(row) { return .push(.visit(id: visit.id)) }
            return .handled
        case .sorted, .ignored: return .ignored
        }
    }

    func makeTable(env: AppEnvironment) -> Table {
        let text = env.text
        let theme = env.theme
        let columns = [
            TableColumn(text.columnDate, width: .fixed(10)),
            TableColumn(text.columnType, width: .fill()),
            TableColumn(text.columnStatus, width: .fixed(10)),
            TableColumn(text.columnRisk, width: .fixed(RiskLevel.labelWidth(env.language))),
            TableColumn(text.columnScore, width: .fixed(6), alignment: .right),
        ]
        let rows = visits.rows.map { v in
            // A voided visit: dimmed, "已作废" for its status and its reason beside the type.
            guard !v.isVoided else {
                return TableRow(cells: [
                    TableCell(v.date.description),
                    TableCell(v.type.label(in: env.language) + " · " + (v.voidReason ?? "")),
                    TableCell(text.voidedLabel),
                    TableCell(v.riskLevel.label(in: env.language)),
                    TableCell(v.score.map { String(format: "%.0f", $0) } ?? "–"),
                ], style: theme.muted)
            }
            return TableRow(cells: [
                TableCell(v.date.description),
                TableCell(v.type.label(in: env.language)),
                TableCell(v.status.label(in: env.language), style: v.status == .draft ? theme.warning : nil),
                TableCell(v.riskLevel.label(in: env.language), style: theme.style(for: v.riskLevel)),
                TableCell(v.score.map { String(format: "%.0f", $0) } ?? "–"),
            ])
        }
        return Table(columns: columns, rows: rows, firstRow: visits.start, totalCount: visits.total,
                     showsPosition: false, emptyText: text.visitHistoryEmpty, isFocused: true, theme: theme)
    }

    private func currentLayout(_ area: Rect, _ env: AppEnvironment) -> Layout {
        Layout(area: area, env: env, recommendationCount: recommendations.rows.count, attendsBriefings: !attended.isEmpty)
    }

    /// Name, address, a grid of profile fields (2 or 3 per row by width), the briefings attended
    /// (one line, when there are any), the visits (title row with the trend, then the table) and
    /// the open recommendations at the bottom.
    struct Layout {
        var name: Rect
        var address: Rect
        var grid: Rect
        var gridColumns: Int
        var attended: Rect
        var visitsTitle: Rect
        var visits: Rect
        var recommendationsTitle: Rect
        var recommendations: Rect

        static let profileFieldCount = 11

        init(area: Rect, env: AppEnvironment, recommendationCount: Int, attendsBriefings: Bool = false) {
            let inner = area.inset(horizontal: 1, vertical: 0)
            func rows(_ y: Int, _ height: Int) -> Rect { Rect(x: inner.x, y: y, width: inner.width, height: max(0, height)) }
            gridColumns = inner.width >= 110 ? 3 : 2
            // Rows are handed out in order of need, so a short terminal still shows a visit row
            // and a recommendation: name and address; the visits' title, header and one row; the
            // recommendations' title and one row; then the profile grid, the other
            // recommendations, a gap above each list, and all the rest to the visits.
            var free = inner.height - 2 - 3 - 2
            let gridRows = min((Self.profileFieldCount + gridColumns - 1) / gridColumns, max(0, free))
            free -= gridRows
            let attendedRows = attendsBriefings && free > 0 ? 1 : 0
            free -= attendedRows
            let moreRecommendations = min(max(0, recommendationCount - 1), max(0, free))
            free -= moreRecommendations
            let gapAbove = free > 0 ? 1 : 0
            free -= gapAbove
            let gapBelow = free > 0 ? 1 : 0
            free -= gapBelow
            name = rows(inner.y, 1)
            address = rows(inner.y + 1, 1)
            grid = rows(inner.y + 2, gridRows)
            attended = rows(grid.bottom, attendedRows)
            visitsTitle = rows(attended.bottom + gapAbove, 1)
            visits = rows(visitsTitle.bottom, 2 + max(0, free))
            recommendationsTitle = rows(visits.bottom + gapBelow, 1)
            recommendations = rows(recommendationsTitle.bottom, 1 + moreRecommendations)
        }
    }

    /// The district, or for an out-of-town enterprise the marker, where it was registered (city
    /// and division code) and the Shiyan district it works in: "外地·武汉市 420102 张湾区", short
    /// enough for the grid's narrowest cell.
    static func place(of e: Enterprise, env: AppEnvironment) -> String {
        guard e.outOfTown else { return e.district }
        let code = e.registrationDivision?.code ?? ""
        return [e.placeLabel(in: env.language), code, e.district].filter { !$0.isEmpty }.joined(separator: " ")
    }

    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        guard let e = enterprise else { return }
        let text = env.text
        let theme = env.theme
        let language = env.language
        let layout = currentLayout(area, env)

        buffer.write(e.name, at: layout.name.origin, style: theme.title, maxWidth: layout.name.width)
        renderPair(text.profileAddress, e.address, in: layout.address, labelWidth: nil, env: env, into: &buffer)
        let pairs: [(String, String, Style)] = [
            (text.profileCreditCode, e.creditCode, theme.normal),
            (text.profileDistrict, Self.place(of: e, env: env), e.outOfTown ? theme.notApplicable : theme.normal),
            (text.profileIndustry, e.industry, theme.normal),
            (text.profileOwnership, e.ownershipType, theme.normal),
            (text.profileEmployees, e.employeeCount.map(String.init) ?? "–", theme.normal),
            (text.profileContact, e.contactPerson, theme.normal),
            (text.profilePhone, e.phone, theme.normal),
            (text.profileRating, e.integrityRating.label(in: language), theme.normal),
            (text.profileRedList, e.redList ? text.yes : text.no, e.redList ? theme.success : theme.normal),
            (text.profileHarmonious, e.harmoniousTitle.label(in: language), theme.normal),
            (text.profileSource, e.source.label(in: language), e.source == .field ? theme.warning : theme.normal),
        ]
        let columnWidth = layout.grid.width / layout.gridColumns
        let labelWidth = pairs.map(\.0.displayWidth).max()! + 1
        for (index, pair) in pairs.enumerated() where index / layout.gridColumns < layout.grid.height {
            let cell = Rect(x: layout.grid.x + (index % layout.gridColumns) * columnWidth,
                            y: layout.grid.y + index / layout.gridColumns, width: columnWidth - 1, height: 1)
            renderPair(pair.0, pair.1, valueStyle: pair.2, in: cell, labelWidth: labelWidth, env: env, into: &buffer)
        }

        if let latest = attended.first, !layout.attended.isEmpty {
            let line = text.briefingsAttended(count: attended.count, latestDate: latest.date.description, host: latest.hostName,
                                              place: latest.place, attendees: latest.attendees)
            buffer.write(line, at: layout.attended.origin,
                         style: theme.muted, maxWidth: layout.attended.width)
        }

        var x = buffer.write(text.visitHistoryTitle(count: visits.total), at: layout.visitsTitle.origin,
                             style: theme.title, maxWidth: layout.visitsTitle.width)
        if trend.contains(where: { $0 != nil }) {
            x = buffer.write("   " + text.riskTrend + " ", at: Point(x: x, y: layout.visitsTitle.y), style: theme.muted,
                             clip: layout.visitsTitle)
            let width = max(0, min(trend.count, layout.visitsTitle.right - x))
            Sparkline(trend, maxValue: Double(RiskLevel.major.rank), style: theme.riskHigh, theme: theme)
                .render(in: Rect(x: x, y: layout.visitsTitle.y, width: width, height: 1), buffer: &buffer)
        }
        makeTable(env: env).render(in: layout.visits, buffer: &buffer, state: table)

        buffer.write(text.openRecommendationsTitle(count: recommendations.totalCount), at: layout.recommendationsTitle.origin,
                     style: theme.title, maxWidth: layout.recommendationsTitle.width)
        if recommendations.rows.isEmpty {
            buffer.write(text.openRecommendationsEmpty, at: layout.recommendations.origin, style: theme.muted,
                         maxWidth: layout.recommendations.width)
        }
        let columns = Columns(width: layout.recommendations.width, [.fixed(10), .fixed(6), .fill()])
        for (line, rec) in recommendations.rows.prefix(layout.recommendations.height).enumerated() {
            let overdue = rec.deadline.map { $0 < env.today } ?? false
            columns.render([(rec.deadline?.description ?? text.noDeadline, overdue ? theme.error : theme.normal),
                            (rec.priority.label(in: language), rec.priority == .high ? theme.warning : theme.normal),
                            (rec.text, theme.normal)],
                           at: Point(x: layout.recommendations.x, y: layout.recommendations.y + line), into: &buffer)
        }
        removal?.render(in: area, buffer: &buffer, env: env)
    }

    private func renderPair(_ label: String, _ value: String, valueStyle: Style? = nil, in rect: Rect, labelWidth: Int?,
                            env: AppEnvironment, into buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let width = labelWidth ?? label.displayWidth + 1
        buffer.write(label.truncated(toWidth: width - 1), at: rect.origin, style: env.theme.muted, clip: rect)
        let valueWidth = max(0, rect.width - width)
        buffer.write(value.truncated(toWidth: valueWidth), at: Point(x: rect.x + width, y: rect.y),
                     style: valueStyle ?? env.theme.normal, maxWidth: valueWidth)
    }
}
