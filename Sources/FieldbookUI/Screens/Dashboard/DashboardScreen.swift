import FieldbookCore
import TerminalKit

/// The home screen: today's visits, drafts to finish, follow-ups due and overdue, what is not yet
/// exported — and one key to each area.
struct DashboardScreen: Screen {
    enum Action: Hashable, Sendable {
        case up, down, openDraft, enterprises, newEnterprise, followUps, export, loadData, projects, quit
        /// F4–F7: that section of the selected draft, as on every visit screen.
        case navigate(VisitNavigation)
    }

    var summary: DashboardSummary?
    /// The follow-up and export counts; nil until first counted (drawn as "counting…"). A
    /// recount keeps the old figures on screen until the new ones are in.
    var counts: DashboardCounts?
    /// True while the counts are to be taken at the next tick (`AppEnvironment.defersDashboardCounts`).
    var countsDue = false
    /// Why the counts could not be read, shown in their place.
    var countsError: String?
    /// The selected draft (index into `summary.drafts`).
    var selectedDraft = 0

    var route: Route { .dashboard }
    /// Rows read of today's visits and of the drafts: more than any terminal shows.
    static let listLimit = 20

    func title(_ env: AppEnvironment) -> String { env.text.dashboardTitle }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        let text = env.text
        let hasDrafts = !(summary?.drafts.isEmpty ?? true)
        var map = KeyMap<Action>([
            KeyBinding(.enterprises, keys: [.character("e")], help: text.keyEnterprises),
            KeyBinding(.newEnterprise, keys: [.character("n")], help: text.keyNewEnterprise),
            KeyBinding(.followUps, keys: [.character("f")], help: text.keyFollowUps),
            KeyBinding(.export, keys: [.character("x")], help: text.keyExport),
            // The body lists it with the other areas; the status bar keeps room for F1 and Esc.
            KeyBinding(.loadData, keys: [.character("l")], help: text.keyLoadData, showsInStatusBar: false),
            KeyBinding(.projects, keys: [.character("p")], help: text.keyProjects, showsInStatusBar: false),
            KeyBinding(.openDraft, keys: [.enter], help: text.keyOpenDraft, isEnabled: hasDrafts),
            KeyBinding(.up, keys: [.up], help: text.keyMoveSelection, isEnabled: hasDrafts, showsInStatusBar: false),
            KeyBinding(.down, keys: [.down], help: text.keyMoveSelection, isEnabled: hasDrafts, showsInStatusBar: false),
            KeyBinding(.quit, keys: [.character("q")], help: text.keyQuit),
        ])
        for navigation in [VisitNavigation.form, .checklist, .recommendations, .review] {
            var binding = navigation.binding(Action.navigate(navigation), env)
            binding.isEnabled = hasDrafts
            binding.showsInStatusBar = false
            map.append(binding)
        }
        return map
    }

    mutating func reload(env: AppEnvironment) throws {
        summary = try env.db.dashboard(listLimit: Self.listLimit)
        selectedDraft = min(selectedDraft, max(0, (summary?.drafts.count ?? 0) - 1))
        if env.defersDashboardCounts {
            countsDue = true
        } else {
            counts = try env.db.dashboardCounts()
            countsError = nil
        }
    }

    /// While the counts are due, a tick shortly after the frame: the loop presents the frame,
    /// then waits this long for input before counting. Waiting (not counting at once) lets the
    /// kernel move the frame to the terminal first: a pseudo-terminal's output is handed over by
    /// a kernel worker on the same core, which a program counting for 16 ms straight kept from
    /// running (measured: the title then reached the terminal with the counts, not before them).
    var tickInterval: Duration? { countsDue ? Self.countsDelay : nil }
    static let countsDelay: Duration = .milliseconds(2)

    mutating func tick(env: AppEnvironment) {
        guard countsDue else { return }
        countsDue = false
        do {
            counts = try env.db.dashboardCounts()
            countsError = nil
        } catch {
            // The error takes the counts' place: figures that could not be refreshed are not
            // left on screen as if they were current.
            counts = nil
            countsError = env.message(for: error)
            env.logUnshown("dashboard counts not read", error)
        }
    }

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        let drafts = summary?.drafts ?? []
        if case .mouse(let event) = key, event.isClick {
            let layout = Layout(area: area, summary: summary)
            guard let line = layout.draftRows.firstIndex(where: { $0.contains(event.position) }),
                  line < drafts.count else { return .ignored }
            let index = layout.firstDraft(selected: selectedDraft) + line
            if index == selectedDraft { return .push(.visit(id: drafts[index].id)) }
            selectedDraft = index
            return .handled
        }
        switch keyMap(env).match(key) {
        case .up: selectedDraft = max(0, selectedDraft - 1); return .handled
        case .down: selectedDraft = min(drafts.count - 1, selectedDraft + 1); return .handled
        case .openDraft: return .push(.visit(id: drafts[selectedDraft].id))
        case .enterprises: return .push(.enterprises)
        case .newEnterprise: return .push(.newEnterprise)
        case .followUps: return .push(.followUps)
        case .export: return .push(.export)
        case .loadData: return .push(.loadData)
        case .projects: return .push(.projects)
        case .quit: return .askToQuit
        case .navigate(let navigation): return .push(navigation.route(visitId: drafts[selectedDraft].id))
        case nil: return .ignored
        }
    }

    /// Where each part goes: today's visits get up to a third of the free rows, drafts the rest.
    struct Layout {
        var greeting: Rect
        var todayTitle: Rect
        var todayRows: [Rect]
        var draftsTitle: Rect
        var draftRows: [Rect]
        var followUps: Rect
        var export: Rect
        var menu: Rect

        init(area: Rect, summary: DashboardSummary?) {
            let inner = area.inset(horizontal: 2, vertical: 0)
            func row(_ y: Int) -> Rect { Rect(x: inner.x, y: y, width: inner.width, height: 1) }
            // greeting, gap, today title, gap, drafts title, gap, follow-ups, export, gap, menu
            let fixed = 10
            let free = max(2, inner.height - fixed)
            let todayCount = max(1, summary?.todaysVisits.count ?? 0)
            let draftCount = max(1, summary?.drafts.count ?? 0)
            let todayShown = min(todayCount, max(1, free / 3), free - 1)
            let draftShown = min(draftCount, free - todayShown)
            var y = inner.y
            greeting = row(y); y += 2
            todayTitle = row(y); y += 1
            todayRows = (0..<todayShown).map { row(y + $0) }; y += todayShown + 1
            draftsTitle = row(y); y += 1
            draftRows = (0..<draftShown).map { row(y + $0) }; y += draftShown + 1
            followUps = row(y); y += 1
            export = row(y); y += 2
            menu = row(min(y, inner.bottom - 1))
        }

        /// The first draft shown, scrolled so the selected one is visible.
        func firstDraft(selected: Int) -> Int {
            max(0, selected - draftRows.count + 1)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        let text = env.text
        let theme = env.theme
        let layout = Layout(area: area, summary: summary)
        let greeting = text.dashboardGreeting(name: env.inspector?.name ?? "", date: env.today.description)
        buffer.write(greeting, at: layout.greeting.origin, style: theme.title, maxWidth: layout.greeting.width)
        guard let summary else { return }

        buffer.write(text.dashboardToday(count: summary.todayCount), at: layout.todayTitle.origin,
                     style: theme.title, maxWidth: layout.todayTitle.width)
        if summary.todaysVisits.isEmpty {
            buffer.write(text.dashboardNoVisitsToday, at: layout.todayRows[0].origin, style: theme.muted,
                         maxWidth: layout.todayRows[0].width)
        }
        for (rect, visit) in zip(layout.todayRows, summary.todaysVisits) {
            renderVisit(visit, lead: visit.startTime?.description ?? "--:--", in: rect, env: env, into: &buffer)
        }

        buffer.write(text.dashboardDrafts(count: summary.draftCount), at: layout.draftsTitle.origin,
                     style: theme.title, maxWidth: layout.draftsTitle.width)
        if summary.drafts.isEmpty {
            buffer.write(text.dashboardNoDrafts, at: layout.draftRows[0].origin, style: theme.muted,
                         maxWidth: layout.draftRows[0].width)
        }
        let first = layout.firstDraft(selected: selectedDraft)
        for (line, rect) in layout.draftRows.enumerated() where first + line < summary.drafts.count {
            let visit = summary.drafts[first + line]
            renderVisit(visit, lead: visit.date.description, in: rect, env: env, into: &buffer)
            if first + line == selectedDraft { buffer.patchStyle(theme.selected, in: rect) }
        }

        let last = summary.lastExportAt.map { text.dashboardLastExport($0.localMinute(in: env.clock.timeZone)) }
            ?? text.dashboardNeverExported
        if let counts {
            let due = text.dashboardDueSoon(counts.recommendationsDueSoon, days: AppDatabase.dueSoonDays)
            let overdue = text.dashboardOverdue(counts.recommendationsOverdue)
            renderLine(title: text.dashboardFollowUps, key: "f",
                       parts: [(overdue, counts.recommendationsOverdue > 0 ? theme.error : theme.normal),
                               (due, counts.recommendationsDueSoon > 0 ? theme.warning : theme.normal)],
                       in: layout.followUps, env: env, into: &buffer)
            renderLine(title: text.dashboardExport, key: "x",
                       parts: [(text.dashboardNotExported(counts.visitsNotExported),
                                counts.visitsNotExported > 0 ? theme.warning : theme.normal), (last, theme.normal)],
                       in: layout.export, env: env, into: &buffer)
        } else {
            let pending = countsError.map { ($0, theme.error) } ?? (text.dashboardCounting, theme.muted)
            renderLine(title: text.dashboardFollowUps, key: "f", parts: [pending], in: layout.followUps, env: env, into: &buffer)
            renderLine(title: text.dashboardExport, key: "x", parts: [pending, (last, theme.normal)],
                       in: layout.export, env: env, into: &buffer)
        }

        // The areas, from the same bindings the keys match.
        let areas = keyMap(env).helpHints.filter { $0.key.count == 1 && $0.key.first!.isLetter }
        // Closer together when that keeps every area (and q) on the line.
        let widths = areas.map { $0.key.displayWidth + 1 + $0.help.displayWidth }
        let gap = widths.reduce(0, +) + 3 * (widths.count - 1) <= layout.menu.width ? 3 : 2
        var x = layout.menu.x
        for (hint, needed) in zip(areas, widths) {
            if x + needed > layout.menu.right { break }
            x = buffer.write(hint.key, at: Point(x: x, y: layout.menu.y), style: theme.title)
            x = buffer.write(" " + hint.help, at: Point(x: x, y: layout.menu.y), style: theme.normal) + gap
        }
    }

    private func renderVisit(_ visit: VisitRow, lead: String, in rect: Rect, env: AppEnvironment, into buffer: inout Buffer) {
        let language = env.language
        let columns = Columns(width: rect.width, [.fixed(10), .fill(), .fixed(14), .fixed(10), .fixed(RiskLevel.labelWidth(language))])
        columns.render([(lead, env.theme.muted), (visit.enterpriseName, env.theme.normal),
                        (visit.type.label(in: language), env.theme.normal),
                        (visit.status.label(in: language), env.theme.muted),
                        (visit.riskLevel.label(in: language), env.theme.style(for: visit.riskLevel))],
                       at: rect.origin, into: &buffer)
    }

    private func renderLine(title: String, key: String, parts: [(String, Style)], in rect: Rect,
                            env: AppEnvironment, into buffer: inout Buffer) {
        var x = buffer.write(title, at: rect.origin, style: env.theme.title, maxWidth: rect.width)
        x = buffer.write(" [" + key + "]  ", at: Point(x: x, y: rect.y), style: env.theme.muted, clip: rect)
        for (index, part) in parts.enumerated() {
            if index > 0 { x = buffer.write(" · ", at: Point(x: x, y: rect.y), style: env.theme.muted, clip: rect) }
            x = buffer.write(part.0, at: Point(x: x, y: rect.y), style: part.1, clip: rect)
        }
    }
}
