import FieldbookCore
import TerminalKit

/// The construction projects register (`p` on the dashboard): every project with its location and
/// parties; `n` opens the form for a new one, Enter edits the selected one, `d` deletes it after
/// a question (core's `deleteProject`: refused in plain words while a visit is about it, else
/// a tombstone goes to headquarters with the next export).
struct ProjectsScreen: Screen {
    enum Action: Hashable, Sendable { case new, edit, delete }

    private(set) var projects: [Project] = []
    /// Party names by enterprise id, for the list's details.
    private(set) var names: [String: String] = [:]
    var list = ListState(selected: 0)
    /// "Delete this project?" while it is asked: the project and the dialog.
    var deleteQuestion: (project: Project, state: DialogState)?

    var route: Route { .projects }
    var isEditingText: Bool { false }

    func title(_ env: AppEnvironment) -> String { env.text.projectsTitle }

    var selected: Project? { list.selected.flatMap { projects.indices.contains($0) ? projects[$0] : nil } }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        if deleteQuestion != nil { return KeyMap() }
        let text = env.text
        return KeyMap([
            KeyBinding(.new, keys: [.character("n")], help: text.keyNewProject),
            KeyBinding(.edit, keys: [.enter], help: text.keyEditProject, isEnabled: selected != nil),
            KeyBinding(.delete, keys: [.character("d"), .delete], keyLabel: "d", help: text.keyDeleteProject,
                       isEnabled: selected != nil),
        ])
    }

    mutating func reload(env: AppEnvironment) throws {
        projects = try env.db.projects()
        var names: [String: String] = [:]
        for id in Set(projects.flatMap(\.partyIds)) where names[id] == nil {
            names[id] = try env.db.enterprise(id: id)?.name
        }
        self.names = names
        if projects.isEmpty {
            list.selected = nil
        } else {
            list.selected = min(list.selected ?? 0, projects.count - 1)
        }
    }

    /// The selected project, so the list reopens on it.
    var position: String? { selected?.id }

    mutating func restore(position: String) {
        if let index = projects.firstIndex(where: { $0.id == position }) { list.selected = index }
    }

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        if deleteQuestion != nil { return handleDeleteQuestion(key, area: area, env: env) }
        switch keyMap(env).match(key) {
        case .new?: return .push(.projectForm(id: nil, visitId: nil))
        case .edit?:
            guard let project = selected else { return .handled }
            return .push(.projectForm(id: project.id, visitId: nil))
        case .delete?:
            guard let project = selected else { return .handled }
            // Refused at once, in plain words, rather than after the question.
            do {
                let visits = try env.db.visitCount(projectId: project.id)
                if visits > 0 { return .error(ProjectError.hasVisits(project: project.name, count: visits).message(in: env.language)) }
            } catch {
                return .error(env.message(for: error))
            }
            var state = DialogState(for: deleteDialog(project, env: env))
            state.focus = .button(1)  // Enter alone deletes nothing
            deleteQuestion = (project, state)
            return .handled
        case nil: break
        }
        switch makeList(env).handle(key, in: Layout(area: area).list, state: &list) {
        case .activated(let index) where projects.indices.contains(index):
            return .push(.projectForm(id: projects[index].id, visitId: nil))
        case .ignored: return .ignored
        default: return .handled
        }
    }

    func deleteDialog(_ project: Project, env: AppEnvironment) -> Dialog {
        .confirm(title: env.text.projectDeleteTitle, message: env.text.projectDeleteQuestion(project.name),
                 confirm: env.text.projectDeleteConfirm, cancel: env.text.cancel, theme: env.theme)
    }

    private mutating func handleDeleteQuestion(_ key: Key, area: Rect, env: AppEnvironment) -> ScreenOutcome {
        guard var question = deleteQuestion else { return .handled }
        switch deleteDialog(question.project, env: env).handle(key, in: area, state: &question.state) {
        case .handled:
            deleteQuestion = question
            return .handled
        case .pressed(0):
            deleteQuestion = nil
            do {
                try env.db.deleteProject(id: question.project.id)
                try reload(env: env)
            } catch {
                return .error(env.message(for: error))
            }
            return .notice(env.text.projectDeleted(question.project.name))
        case .pressed, .cancelled:
            deleteQuestion = nil
            return .handled
        }
    }

    func makeList(_ env: AppEnvironment) -> List {
        let text = env.text
        let items = projects.map { project in
            let summary = text.projectPartiesSummary(owner: project.ownerId.flatMap { names[$0] },
                                                     generalContractor: project.generalContractorId.flatMap { names[$0] },
                                                     subcontractors: project.subcontractorIds.count)
            return ListItem(project.name, detail: [project.location, summary].filter { !$0.isEmpty }.joined(separator: " · "))
        }
        return List(items: items, emptyText: text.projectsNone, isFocused: deleteQuestion == nil, theme: env.theme)
    }

    struct Layout {
        var intro: Rect
        var list: Rect

        init(area: Rect) {
            let inner = area.inset(horizontal: 2, vertical: 0)
            intro = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: min(2, max(0, inner.height - 3)))
            list = Rect(x: inner.x, y: intro.bottom + 1, width: inner.width, height: max(1, inner.bottom - intro.bottom - 1))
        }
    }

    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        let layout = Layout(area: area)
        Paragraph(env.text.projectsIntro, style: env.theme.muted).render(in: layout.intro, buffer: &buffer)
        makeList(env).render(in: layout.list, buffer: &buffer, state: list)
        if let question = deleteQuestion {
            buffer.cursor = nil
            deleteDialog(question.project, env: env).render(in: area, buffer: &buffer, state: question.state)
        }
    }
}
