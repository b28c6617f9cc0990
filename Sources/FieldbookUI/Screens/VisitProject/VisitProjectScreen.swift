import FieldbookCore
import TerminalKit

/// Which construction project a visit is about, and whether the visited enterprise is the
/// dispatch agency rather than the user firm (Alt-p on the visit form). Choosing a project judges
/// the construction items against the party the enterprise is on it: the ones binding another
/// party are answered 不适用 with a note saying whose duty they are (docs/checklist-format.md,
/// `binds`); Alt-a does the same for the dispatch items. Saved at once; Esc goes back. When no
/// project fits, `n` (or the list's last row) opens the project form, which comes back to the
/// visit with the new project chosen.
struct VisitProjectScreen: Screen {
    enum Action: Hashable, Sendable { case choose, toggleAgency, newProject }

    let visitId: String
    private(set) var visit: SiteVisit?
    private(set) var enterprise: Enterprise?
    /// The projects the visited enterprise is a party of; the list's first row is "no project",
    /// its last "new project".
    private(set) var projects: [Project] = []
    var list = ListState(selected: 0)
    /// The store's refusal, in the user's language, until the next choice.
    private(set) var problem: String?

    init(visitId: String) { self.visitId = visitId }

    var route: Route { .visitProject(visitId: visitId) }
    var isEditingText: Bool { false }
    var isLocked: Bool { visit?.status == .completed || visit?.isVoided == true }

    func title(_ env: AppEnvironment) -> String { env.text.visitProjectTitle }
    func subject(_ env: AppEnvironment) -> String? { enterprise?.name }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        KeyMap([
            KeyBinding(.choose, keys: [.enter], help: env.text.keyChooseProject, isEnabled: !isLocked),
            KeyBinding(.toggleAgency, keys: [.alt("a")], help: env.text.keyDispatchAgency, isEnabled: !isLocked),
            KeyBinding(.newProject, keys: [.character("n")], help: env.text.keyNewProject, isEnabled: !isLocked),
        ])
    }

    mutating func reload(env: AppEnvironment) throws {
        guard let detail = try env.db.visit(id: visitId) else { throw UIError.recordMissing }
        visit = detail.visit
        enterprise = detail.enterprise
        projects = try env.db.projects(involving: detail.enterprise.id)
        if let id = detail.visit.projectId, let index = projects.firstIndex(where: { $0.id == id }) {
            list.selected = index + 1
        }
    }

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        let layout = Layout(area: area)
        switch keyMap(env).match(key) {
        case .choose?: return choose(env: env)
        case .toggleAgency?: return save(env: env) { $0.dispatchAgency = $0.dispatchAgency == true ? nil : true }
        case .newProject?: return .push(.projectForm(id: nil, visitId: visitId))
        case nil: break
        }
        switch makeList(env).handle(key, in: layout.list, state: &list) {
        case .activated: return isLocked ? .handled : choose(env: env)
        case .ignored: return .ignored
        default: return .handled
        }
    }

    private mutating func choose(env: AppEnvironment) -> ScreenOutcome {
        let index = list.selected ?? 0
        if index > projects.count { return .push(.projectForm(id: nil, visitId: visitId)) }
        let projectId = index == 0 ? nil : projects[index - 1].id
        let outcome = save(env: env) { $0.projectId = projectId }
        return problem == nil ? .pop : outcome
    }

    /// Saves the visit changed by `change` (the store judges the items again) and reloads.
    private mutating func save(env: AppEnvironment, _ change: (inout SiteVisit) -> Void) -> ScreenOutcome {
        guard var edited = visit, !isLocked else { return .handled }
        change(&edited)
        do {
            visit = try env.db.updateVisit(edited)
            problem = nil
        } catch {
            problem = env.message(for: error)
        }
        return .handled
    }

    func makeList(_ env: AppEnvironment) -> List {
        let text = env.text
        var items = [ListItem(text.visitNoProject)]
        for project in projects {
            let parties = ProjectParty.allCases.filter { project.parties(of: enterprise?.id ?? "").contains($0) }
                .map { $0.label(in: env.language) }.joined(separator: text.listSeparator)
            items.append(ListItem(project.name, detail: [parties, project.location].filter { !$0.isEmpty }
                .joined(separator: " · ")))
        }
        if !isLocked { items.append(ListItem(text.visitNewProject, style: env.theme.title)) }
        return List(items: items, isFocused: !isLocked, theme: env.theme)
    }

    struct Layout {
        var intro: Rect
        var list: Rect
        var role: Rect
        var message: Rect

        init(area: Rect) {
            let inner = area.inset(horizontal: 2, vertical: 0)
            intro = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: 3)
            let rows = max(1, inner.height - 9)
            list = Rect(x: inner.x, y: intro.bottom + 1, width: inner.width, height: rows)
            role = Rect(x: inner.x, y: list.bottom + 1, width: inner.width, height: 1)
            message = Rect(x: inner.x, y: role.bottom + 1, width: inner.width, height: 2)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        guard let visit else { return }
        let text = env.text
        let theme = env.theme
        let layout = Layout(area: area)
        Paragraph(isLocked ? text.visitProjectLocked : text.visitProjectIntro, style: theme.muted)
            .render(in: layout.intro, buffer: &buffer)
        makeList(env).render(in: layout.list, buffer: &buffer, state: list)
        let role = text.visitDispatchRole(visit.dispatchParty.label(in: env.language))
        buffer.write(role, at: layout.role.origin, style: visit.dispatchAgency == true ? theme.warning : theme.normal,
                     clip: layout.role)
        if let problem {
            Paragraph(problem, style: theme.error).render(in: layout.message, buffer: &buffer)
        } else if projects.isEmpty {
            Paragraph(text.visitNoProjectsYet, style: theme.muted).render(in: layout.message, buffer: &buffer)
        }
    }
}
