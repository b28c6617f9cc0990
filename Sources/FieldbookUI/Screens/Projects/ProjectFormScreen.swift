import FieldbookCore
import TerminalKit

/// Creates or edits a construction project: name, location, and its parties — the owner, the
/// general contractor and the subcontractors — each picked from the registry with the visit
/// form's search (`EnterprisePicker`: type, ↑/↓, Enter). Nothing is stored until it is saved
/// (Ctrl-S, the button, or Esc); until then every typed field and every party chosen is the
/// screen's draft, so Ctrl-Q, F2, a resize or a kill lose nothing. Opened from a visit's project
/// chooser (`visitId`), saving also makes it that visit's project and goes back to the visit.
struct ProjectFormScreen: Screen {
    enum Field: String, Hashable, Sendable, CaseIterable {
        case name, location, owner, generalContractor, subcontractors, save

        var isParty: Bool { self == .owner || self == .generalContractor || self == .subcontractors }
    }
    enum Action: Hashable, Sendable { case save }

    let projectId: String?
    let visitId: String?
    /// The stored project being edited.
    private(set) var original: Project?
    /// The visited enterprise, when opened from a visit: it must be one of the parties.
    private(set) var visitEnterprise: Enterprise?

    var texts: [Field: TextFieldState] = [
        .name: TextFieldState(maxLength: TextLimits.limit(Project.databaseTableName, "name")),
        .location: TextFieldState(maxLength: TextLimits.limit(Project.databaseTableName, "location")),
        .owner: TextFieldState(maxLength: 100),
        .generalContractor: TextFieldState(maxLength: 100),
        .subcontractors: TextFieldState(maxLength: 100),
    ]
    var ownerId: String?
    var generalContractorId: String?
    var subcontractorIds: [String] = []
    /// Names of the enterprises chosen, by id.
    var names: [String: String] = [:]
    /// The search of the focused party field.
    var picker = EnterprisePicker()
    /// The added subcontractor highlighted (↑/↓ with nothing typed), which Del removes.
    var subcontractorSelected: Int?
    var focus = FocusRing<Field>(Field.allCases, focused: .name)
    /// Inline messages, already in the user's language.
    var errors: [Field: String] = [:]
    /// Set by an Esc that could not save; a second Esc leaves (the form stays a draft).
    var leaveArmed = false
    /// Saved: nothing here is a draft any more.
    var saved = false

    init(projectId: String?, visitId: String?) {
        self.projectId = projectId
        self.visitId = visitId
    }

    var route: Route { .projectForm(id: projectId, visitId: visitId) }
    var isEditingText: Bool { focus.focused.map { texts[$0] != nil } ?? false }

    func title(_ env: AppEnvironment) -> String {
        projectId == nil ? env.text.projectFormNewTitle : env.text.projectFormEditTitle
    }

    func subject(_ env: AppEnvironment) -> String? { visitEnterprise?.name }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        KeyMap([KeyBinding(.save, keys: [.ctrl("s")], help: env.text.keySave)])
    }

    func text(_ field: Field) -> String { texts[field]?.text ?? "" }

    mutating func reload(env: AppEnvironment) throws {
        if let visitId {
            guard let detail = try env.db.visit(id: visitId) else { throw UIError.recordMissing }
            visitEnterprise = detail.enterprise
        }
        guard let projectId, original == nil else { return }
        guard let project = try env.db.project(id: projectId) else { throw UIError.recordMissing }
        original = project
        for id in project.partyIds { names[id] = try env.db.enterprise(id: id)?.name ?? id }
        show(project)
    }

    /// The form showing `project` as stored.
    private mutating func show(_ project: Project) {
        texts[.name]?.text = project.name
        texts[.location]?.text = project.location
        ownerId = project.ownerId
        generalContractorId = project.generalContractorId
        subcontractorIds = project.subcontractorIds
        texts[.owner]?.text = project.ownerId.flatMap { names[$0] } ?? ""
        texts[.generalContractor]?.text = project.generalContractorId.flatMap { names[$0] } ?? ""
        texts[.subcontractors]?.text = ""
        for field in [Field.name, .location, .owner, .generalContractor] {
            let end = text(field).count
            texts[field]?.moveCursor(to: end)
        }
    }

    /// The project as the form holds it now.
    var edited: Project {
        var project = original ?? Project(name: "")
        project.name = text(.name)
        project.location = text(.location)
        project.ownerId = ownerId
        project.generalContractorId = generalContractorId
        project.subcontractorIds = subcontractorIds
        return project
    }

    // MARK: Drafts

    /// Everything typed or chosen that is not stored: every text field and the parties chosen.
    var draft: ScreenDraft? {
        guard !saved else { return nil }
        let project = edited
        let unchanged = original.map {
            $0.name == project.name && $0.location == project.location && $0.ownerId == project.ownerId
                && $0.generalContractorId == project.generalContractorId && $0.subcontractorIds == project.subcontractorIds
        } ?? (project.name.isEmpty && project.location.isEmpty && project.partyIds.isEmpty)
        let untyped = text(.subcontractors).isEmpty && text(.owner) == (ownerId.flatMap { names[$0] } ?? "")
            && text(.generalContractor) == (generalContractorId.flatMap { names[$0] } ?? "")
        guard !(unchanged && untyped) else { return nil }
        var fields: [String: String] = [:]
        for (field, state) in texts { fields[field.rawValue] = state.text }
        fields["ownerId"] = ownerId ?? ""
        fields["generalContractorId"] = generalContractorId ?? ""
        fields["subcontractorIds"] = subcontractorIds.joined(separator: ",")
        for (id, name) in names where project.partyIds.contains(id) { fields["name:" + id] = name }
        let focused = focus.focused
        return ScreenDraft(fields: fields, focus: focused?.rawValue, cursor: focused.flatMap { texts[$0]?.cursor } ?? 0)
    }

    mutating func restore(_ draft: ScreenDraft, env: AppEnvironment) {
        for field in Field.allCases {
            if let text = draft.fields[field.rawValue] { texts[field]?.text = text }
        }
        for (key, name) in draft.fields where key.hasPrefix("name:") { names[String(key.dropFirst(5))] = name }
        ownerId = draft.fields["ownerId"].flatMap { $0.isEmpty ? nil : $0 }
        generalContractorId = draft.fields["generalContractorId"].flatMap { $0.isEmpty ? nil : $0 }
        subcontractorIds = (draft.fields["subcontractorIds"] ?? "").split(separator: ",").map(String.init)
        if let focused = Field.allCases.first(where: { $0.rawValue == draft.focus }) {
            focus.focus(focused)
            texts[focused]?.moveCursor(to: draft.cursor)
        }
        // A party typed but not chosen says so again (the list is not reopened by itself).
        for field in [Field.owner, .generalContractor] where field != focus.focused { checkChosen(field, env: env) }
    }

    // MARK: Keys

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        let wasArmed = leaveArmed
        leaveArmed = false
        if keyMap(env).match(key) == .save { return save(env: env) }
        if key == .escape {
            if picker.isOpen {
                picker.close()
                if let field = focus.focused { checkChosen(field, env: env) }
                return .handled
            }
            if draft == nil || wasArmed { return .ignored }  // the app goes back
            let outcome = save(env: env)
            if case .handled = outcome, let problem = errors.values.first {
                leaveArmed = true
                return .notice(env.text.projectUnsaved(problem))
            }
            if case .error(let problem) = outcome {
                leaveArmed = true
                return .notice(env.text.projectUnsaved(problem))
            }
            return outcome
        }
        let (layout, scroll) = scrolledLayout(area: area, env: env)
        let key = scroll.contentKey(key)
        if case .mouse(let event) = key, event.isClick, layout.save.contains(event.position) { return save(env: env) }
        if let field = focus.focused, field.isParty, let outcome = handleParty(field, key, env: env) { return outcome }
        if let field = focus.focused, var state = texts[field] {
            let result = state.handle(key)
            if result != .ignored {
                texts[field] = state
                if result == .edited { edited(field, env: env) }
                return .handled
            }
        } else if focus.focused == .save, key == .enter || key == .character(" ") {
            return save(env: env)
        }
        let before = focus.focused
        if key == .enter { focus.next() } else if !focus.handle(key, fieldRects: layout.fieldRects) { return .ignored }
        if let before, before != focus.focused { left(before, env: env) }
        return .handled
    }

    /// Keys of a party field that the text field does not take: the open list's ↑/↓/Enter, the
    /// subcontractors' highlight and Del. nil passes the key on.
    private mutating func handleParty(_ field: Field, _ key: Key, env: AppEnvironment) -> ScreenOutcome? {
        if picker.isOpen {
            switch key {
            case .up: picker.move(-1); return .handled
            case .down: picker.move(1); return .handled
            case .enter: return choose(field, env: env)
            default: return nil
            }
        }
        guard field == .subcontractors, text(.subcontractors).isEmpty, !subcontractorIds.isEmpty else { return nil }
        switch key {
        case .down:
            let next = (subcontractorSelected ?? -1) + 1
            guard next < subcontractorIds.count else { subcontractorSelected = nil; return nil }
            subcontractorSelected = next
            return .handled
        case .up:
            guard let current = subcontractorSelected else { return nil }
            subcontractorSelected = current == 0 ? nil : current - 1
            return .handled
        case .delete:
            guard let index = subcontractorSelected, subcontractorIds.indices.contains(index) else { return nil }
            let id = subcontractorIds.remove(at: index)
            subcontractorSelected = subcontractorIds.isEmpty ? nil : min(index, subcontractorIds.count - 1)
            return .notice(env.text.projectSubcontractorRemoved(names[id] ?? id))
        default:
            return nil
        }
    }

    /// The highlighted result becomes the field's party.
    private mutating func choose(_ field: Field, env: AppEnvironment) -> ScreenOutcome {
        guard let chosen = picker.selection else {
            errors[field] = env.text.projectPartyNotChosen
            return .handled
        }
        // The store's rule, said at once: no party twice, the general contractor not also a subcontractor.
        let twice = field == .subcontractors ? subcontractorIds.contains(chosen.id) || generalContractorId == chosen.id
            : field == .generalContractor && subcontractorIds.contains(chosen.id)
        if twice {
            picker.close()  // the list would cover the message
            errors[field] = ProjectError.partyTwice(name: chosen.name).message(in: env.language)
            return .handled
        }
        picker.close()
        names[chosen.id] = chosen.name
        errors[field] = nil
        switch field {
        case .owner: ownerId = chosen.id
        case .generalContractor: generalContractorId = chosen.id
        default:
            texts[.subcontractors]?.text = ""
            subcontractorIds.append(chosen.id)
            return .notice(env.text.projectSubcontractorAdded(chosen.name))
        }
        texts[field]?.text = chosen.name
        texts[field]?.moveCursor(to: chosen.name.count)
        return .handled
    }

    /// Typing in a party field searches the registry; the party chosen before no longer holds.
    private mutating func edited(_ field: Field, env: AppEnvironment) {
        errors[field] = nil
        guard field.isParty else { return }
        switch field {
        case .owner: ownerId = nil
        case .generalContractor: generalContractorId = nil
        default: subcontractorSelected = nil
        }
        do { try picker.search(text(field), db: env.db) } catch { errors[field] = env.message(for: error) }
    }

    private mutating func left(_ field: Field, env: AppEnvironment) {
        picker.close()
        subcontractorSelected = nil
        checkChosen(field, env: env)
    }

    /// A party field with text but no enterprise chosen says so.
    private mutating func checkChosen(_ field: Field, env: AppEnvironment) {
        let typed = !text(field).trimmingCharacters(in: .whitespaces).isEmpty
        switch field {
        case .owner where typed && ownerId == nil, .generalContractor where typed && generalContractorId == nil,
             .subcontractors where typed:
            errors[field] = env.text.projectPartyNotChosen
        default: break
        }
    }

    private mutating func save(env: AppEnvironment) -> ScreenOutcome {
        picker.close()
        errors = [:]
        for field in [Field.owner, .generalContractor, .subcontractors] { checkChosen(field, env: env) }
        if let field = [Field.owner, .generalContractor, .subcontractors].first(where: { errors[$0] != nil }) {
            focus.focus(field)
            return .handled
        }
        let project = edited
        if let enterprise = visitEnterprise, project.parties(of: enterprise.id).isEmpty {
            errors[.owner] = env.text.projectVisitNotAParty
            focus.focus(.owner)
            return .handled
        }
        do {
            let stored = original == nil ? try env.db.createProject(project) : try env.db.updateProject(project)
            // Saved from here on: a failure below must not make a second project on the next save.
            original = stored
            if let visitId, var visit = try env.db.visit(id: visitId)?.visit, visit.projectId != stored.id {
                visit.projectId = stored.id
                _ = try env.db.updateVisit(visit)
            }
            saved = true
        } catch let error as ProjectError {
            let field: Field = error == .emptyName ? .name : .subcontractors
            errors[field] = error.message(in: env.language)
            focus.focus(field)
            return .handled
        } catch {
            return .error(env.message(for: error))
        }
        if let visitId { return .switchTo(.visit(id: visitId)) }
        return .pop
    }
}
