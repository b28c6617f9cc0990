import FieldbookCore
import TerminalKit

/// The visit form: every field of a visit, saved as each field is left.
///
/// `.newVisit(enterpriseId:)` starts the draft at once (so nothing typed can be lost) and the
/// screen then reports `.visit(id:)`. A field whose text cannot be saved keeps the text and
/// shows why under it; the database keeps the last valid value. A completed visit is read-only.
struct VisitFormScreen: Screen {
    enum Action: Hashable, Sendable {
        case navigate(VisitNavigation)
        case choose
        case nextField
        case previousField
        /// The construction project and dispatch role (VisitProjectScreen).
        case project
        case removeParticipant
    }

    private let startAt: String?
    private(set) var visitId: String?
    /// The visit as stored: what every save starts from.
    private(set) var visit: SiteVisit?
    private(set) var enterprise: Enterprise?
    /// The construction project the visit is about, for the status line.
    private(set) var project: Project?
    var texts: [VisitFormField: TextFieldState] = [:]
    var date = DateFieldState()
    var notes = TextAreaState(maxLength: TextLimits.limit("siteVisit", "notes"))
    /// A summons: the record of the talk, and the date its commitments fall due.
    var talkRecord = TextAreaState(maxLength: TextLimits.limit("siteVisit", "talkRecord"))
    var commitmentDate = DateFieldState()
    /// A briefing's further attending enterprises, by name (the visit's own is not among them).
    var participants: [AttendingEnterprise] = []
    /// The search adding one more attending enterprise, and the list to take one off (Del).
    var participantPicker = EnterprisePicker()
    var participantRemoval: SelectState?
    /// The visit type as a select over `VisitType.allCases`: ←/→ step, Enter opens the list.
    var typeSelect = SelectState()
    var problems: [VisitFormField: FieldProblem] = [:]
    var focus = FocusRing<VisitFormField>(VisitFormField.fields(for: .riskScreening))
    private(set) var picker = EnterprisePicker()
    /// Set by an Esc that was refused because a field could not be saved; a second Esc leaves.
    private var leaveArmed = false
    /// A draft was put back since the screen was built (the first one is checked in full).
    private var draftRestored = false
    /// A visit date after today waiting for the inspector's yes; the default is to go back.
    private(set) var futureDate: (date: LocalDate, state: DialogState)?
    /// The future date the inspector confirmed (saved without asking again).
    private var confirmedFutureDate: LocalDate?
    /// The focus was put on the first field that needs input (once, when the form first loads).
    private var initialFocusChosen = false

    /// A new draft at this enterprise.
    init(startingAt enterpriseId: String) { startAt = enterpriseId }

    /// An existing visit.
    init(visitId: String) {
        startAt = nil
        self.visitId = visitId
    }

    var route: Route {
        if let visitId { return .visit(id: visitId) }
        return .newVisit(enterpriseId: startAt ?? "")
    }

    /// Completed or voided: read-only.
    var isLocked: Bool { visit?.status == .completed || visit?.isVoided == true }
    var isEditingText: Bool { !isLocked && focus.focused?.isText == true }

    func title(_ env: AppEnvironment) -> String { env.text.visitFormTitle }

    func subject(_ env: AppEnvironment) -> String? { enterprise?.name }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        var map = KeyMap<Action>([
            KeyBinding(.choose, keys: [.enter], keyLabel: "↑↓ Enter", help: env.text.keyChooseEnterprise,
                       isEnabled: picker.isOpen && focus.focused == .enterprise),
            KeyBinding(.removeParticipant, keys: [.delete], keyLabel: "Del", help: env.text.keyRemoveParticipant,
                       isEnabled: canRemoveParticipant),
            KeyBinding(.nextField, keys: [.tab, .enter], keyLabel: "Tab", help: env.text.keyNextField),
            KeyBinding(.previousField, keys: [.backTab], help: env.text.keyPreviousField, showsInStatusBar: false),
            KeyBinding(.project, keys: [.alt("p")], help: env.text.keyVisitProject, isEnabled: visitId != nil,
                       showsInStatusBar: false),
        ])
        for navigation in [VisitNavigation.checklist, .recommendations, .review] {
            map.append(navigation.binding(.navigate(navigation), env))
        }
        return map
    }

    // MARK: Loading

    mutating func reload(env: AppEnvironment) throws {
        if visitId == nil, let enterpriseId = startAt {
            visitId = try env.db.startVisit(enterpriseId: enterpriseId, type: .riskScreening).id
        }
        guard let visitId, let detail = try env.db.visit(id: visitId) else { throw UIError.recordMissing }
        visit = detail.visit
        enterprise = detail.enterprise
        project = try detail.visit.projectId.flatMap { try env.db.project(id: $0) }
        participants = detail.participants
        // The type decides the fields (a type changed on another screen or by a reload too).
        focus.setOrder(VisitFormField.fields(for: detail.visit.type))
        // Text the inspector typed that could not be saved stays on screen.
        for field in VisitFormField.allCases where problems[field] == nil { showStored(field) }
        if !initialFocusChosen {
            initialFocusChosen = true
            if let first = firstFieldNeedingInput { focus.focus(first) }
        }
    }

    /// Where typing starts: the enterprise is chosen and the date and type come filled in, so the
    /// first empty field of the visit's facts (the end time and the notes only once everything
    /// else is there: they are written at the end of the visit). Nil on a completed visit.
    var firstFieldNeedingInput: VisitFormField? {
        guard let visit, !isLocked, enterprise != nil else { return nil }
        let shown = VisitFormField.fields(for: visit.type)
        let order = shown.filter { ![.enterprise, .date, .type, .end, .notes, .participants, .place].contains($0) }
            + [.end, .notes]
        return order.first { shownText($0).trimmingCharacters(in: .whitespaces).isEmpty } ?? .notes
    }

    /// Puts the stored value of `field` into its editor.
    mutating func showStored(_ field: VisitFormField) {
        guard let visit else { return }
        switch field {
        case .enterprise: texts[.enterprise] = TextFieldState(text: enterprise?.name ?? "", maxLength: 60)
        case .type: typeSelect.selected = VisitType.allCases.firstIndex(of: visit.type)
        case .date: date = DateFieldState(text: visit.date.description)
        case .commitmentDate: commitmentDate = DateFieldState(text: field.text(of: visit))
        case .notes: notes.text = visit.notes
        case .talkRecord: talkRecord.text = field.text(of: visit)
        case .participants: texts[.participants] = TextFieldState(text: "", maxLength: 60)
        default: texts[field] = TextFieldState(text: field.text(of: visit), maxLength: field.isFigure ? 7 : Self.textLimit(field))
        }
    }

    // MARK: Drafts

    /// Every field whose text differs from the stored visit (the one being typed, and any that
    /// could not be saved), and the enterprise search being typed (its list opens again).
    var draft: ScreenDraft? {
        guard let visit, !isLocked else { return nil }
        var fields: [String: String] = [:]
        for field in VisitFormField.allCases where field.isText && field != .enterprise && field != .participants {
            let shown = shownText(field)
            if shown != field.text(of: visit) { fields[field.draftKey] = shown }
        }
        if picker.isOpen, let search = texts[.enterprise]?.text { fields[VisitFormField.enterprise.draftKey] = search }
        if let search = texts[.participants]?.text, !search.isEmpty { fields[VisitFormField.participants.draftKey] = search }
        guard !fields.isEmpty else { return nil }
        let focused = focus.focused
        return ScreenDraft(fields: fields, focus: focused?.draftKey, cursor: focused.map(cursor(in:)) ?? 0)
    }

    mutating func restore(_ draft: ScreenDraft, env: AppEnvironment) {
        guard visit != nil, !isLocked else { return }
        let focused = draft.focus.flatMap(VisitFormField.init(draftKey:))
        if let focused { focus.focus(focused) }
        for field in VisitFormField.allCases where field.isText && field != .enterprise && field != .participants {
            guard let text = draft.fields[field.draftKey] else { continue }
            setShown(field, text)
            // A field left with text that could not be saved shows why again; when the form opens
            // (after a restart too) the focused field is checked as well, so an invalid value comes
            // back with its error. After a reload (language switch) the field being typed is left alone.
            if field != focused { commit(field, env: env) } else if !draftRestored { commit(field, env: env, saving: false) }
        }
        if let search = draft.fields[VisitFormField.enterprise.draftKey] {
            // The search typed before a restart or language switch, with its list.
            texts[.enterprise] = TextFieldState(text: search, maxLength: 60)
            do { try picker.search(search, db: env.db) } catch { problems[.enterprise] = .failure(error) }
        }
        if let search = draft.fields[VisitFormField.participants.draftKey] {
            // The attending enterprise being searched for, with its list.
            texts[.participants] = TextFieldState(text: search, maxLength: 60)
            do { try participantPicker.search(search, db: env.db) } catch { problems[.participants] = .failure(error) }
        }
        if let focused { setCursor(focused, draft.cursor) }
        draftRestored = true
    }

    /// The text a field shows (what the inspector typed or the stored value).
    func shownText(_ field: VisitFormField) -> String {
        switch field {
        case .date: date.text
        case .commitmentDate: commitmentDate.text
        case .notes: notes.text
        case .talkRecord: talkRecord.text
        case .type: ""
        default: texts[field]?.text ?? ""
        }
    }

    private func cursor(in field: VisitFormField) -> Int {
        switch field {
        case .date: date.field.cursor
        case .commitmentDate: commitmentDate.field.cursor
        case .notes: notes.cursor
        case .talkRecord: talkRecord.cursor
        case .type: 0
        default: texts[field]?.cursor ?? 0
        }
    }

    private mutating func setShown(_ field: VisitFormField, _ text: String) {
        switch field {
        case .date: date.text = text
        case .commitmentDate: commitmentDate.text = text
        case .notes: notes.text = text
        case .talkRecord: talkRecord.text = text
        case .type, .enterprise, .participants: break
        default: texts[field] = TextFieldState(text: text, maxLength: field.isFigure ? 7 : Self.textLimit(field))
        }
    }

    private mutating func setCursor(_ field: VisitFormField, _ index: Int) {
        switch field {
        case .date: date.field.moveCursor(to: index)
        case .commitmentDate: commitmentDate.field.moveCursor(to: index)
        case .notes: notes.moveCursor(to: index)
        case .talkRecord: talkRecord.moveCursor(to: index)
        case .type: break
        default: texts[field]?.moveCursor(to: index)
        }
    }

    // MARK: Keys

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        let (layout, scroll) = layout(area: area, env: env)
        if let question = futureDate { return answerFutureDate(question, key: key, area: area, env: env) }
        // Mouse hits in the coordinates the form is laid out in.
        let key = scroll.contentKey(key)
        if picker.isOpen, focus.focused == .enterprise, let outcome = handlePicker(key, layout: layout, env: env) {
            return outcome
        }
        if focus.focused == .participants, let outcome = handleParticipants(key, layout: layout, env: env) {
            return outcome
        }
        // The open type list is modal: it takes every key (Tab closes it and moves on).
        if typeSelect.isOpen, focus.focused == .type, editField(.type, key: key, layout: layout, env: env) {
            return .handled
        }
        let action = keyMap(env).match(key)
        if action == .removeParticipant { return openParticipantRemoval(layout: layout, env: env) }
        if case .navigate(let navigation)? = action { return switchTo(navigation, env: env) }
        if action == .project, let visitId { return .push(.visitProject(visitId: visitId)) }
        if key == .escape { return leave(env: env) }
        // The focused editor first: the notes take Enter, the type takes ←/→.
        if !isLocked, let focused = focus.focused, editField(focused, key: key, layout: layout, env: env) {
            leaveArmed = false
            return .handled
        }
        if action == .nextField || action == .previousField {
            moveFocus(env: env) { action == .nextField ? $0.next() : $0.previous() }
            return .handled
        }
        if case .mouse(let event) = key, event.isClick,
           let button = layout.buttons.first(where: { $0.1.contains(event.position) }) {
            return switchTo(button.0, env: env)
        }
        var ring = focus
        if ring.handle(key, fieldRects: layout.hitRects) {
            moveFocus(env: env) { $0 = ring }
            return .handled
        }
        return .ignored
    }

    /// Keys while the enterprise search list is open; nil passes the key on.
    private mutating func handlePicker(_ key: Key, layout: Layout, env: AppEnvironment) -> ScreenOutcome? {
        switch key {
        case .up: picker.move(-1)
        case .down: picker.move(1)
        case .enter: choose(env: env)
        case .escape:
            picker.close()
            showStored(.enterprise)
            problems[.enterprise] = nil
        case .mouse(let event) where event.isClick && layout.dropdown.contains(event.position):
            picker.select(event.position.y - layout.dropdown.y)
            choose(env: env)
        default: return nil
        }
        return .handled
    }

    private mutating func choose(env: AppEnvironment) {
        guard var candidate = visit, let chosen = picker.selection else {
            problems[.enterprise] = .enterpriseNotChosen
            return
        }
        candidate.enterpriseId = chosen.id
        if save(candidate, field: .enterprise, env: env) {
            enterprise = chosen
            picker.close()
            showStored(.enterprise)
            focus.next()
        }
    }

    /// Gives the key to the focused field's editor; true when the editor used it.
    private mutating func editField(_ field: VisitFormField, key: Key, layout: Layout, env: AppEnvironment) -> Bool {
        switch field {
        case .type:
            guard let rect = layout.fields[.type], var candidate = visit else { return false }
            let result = Self.typeSelect(env).handle(key, in: rect, state: &typeSelect, bounds: layout.bounds)
            if result == .edited, let index = typeSelect.selected {
                candidate.type = VisitType.allCases[index]
                if save(candidate, field: .type, env: env) { typeChanged(env: env) }
            }
            return result != .ignored
        case .date:
            return date.handle(key) != .ignored
        case .commitmentDate:
            return commitmentDate.handle(key) != .ignored
        case .notes:
            // ↑↓ move by the rows on screen, so the editor needs the size it is drawn at.
            if let rect = layout.fields[.notes] { _ = notes.layout(width: rect.width, height: rect.height) }
            return notes.handle(key) != .ignored
        case .talkRecord:
            if let rect = layout.fields[.talkRecord] { _ = talkRecord.layout(width: rect.width, height: rect.height) }
            return talkRecord.handle(key) != .ignored
        case .participants:
            var state = texts[field] ?? TextFieldState(maxLength: 60)
            let result = state.handle(key)
            texts[field] = state
            if result == .edited {
                problems[.participants] = nil
                do { try participantPicker.search(state.text, db: env.db) } catch { problems[.participants] = .failure(error) }
            }
            return result != .ignored
        case .enterprise:
            var state = texts[field] ?? TextFieldState()
            // The first key typed replaces the shown name: the inspector is searching anew.
            if !picker.isOpen, Self.isTyping(key) { state.text = "" }
            let result = state.handle(key)
            texts[field] = state
            if result == .edited {
                do { try picker.search(state.text, db: env.db) } catch { problems[.enterprise] = .failure(error) }
            }
            return result != .ignored
        default:
            var state = texts[field] ?? TextFieldState()
            // Whole-number fields take digits only, as they are typed (a paste keeps its digits).
            var key = key
            if field.isFigure {
                guard let digits = key.keepingDigits else { return true }
                key = digits
            }
            let result = state.handle(key)
            texts[field] = state
            return result != .ignored
        }
    }

    private static func isTyping(_ key: Key) -> Bool {
        switch key {
        case .character, .paste: true
        default: false
        }
    }

    /// The type picker: every type core knows, in the interface language.
    static func typeSelect(_ env: AppEnvironment, focused: Bool = false) -> Select {
        Select(VisitType.allCases.map { $0.label(in: env.language) }, isFocused: focused,
               maxVisible: VisitType.allCases.count, theme: env.theme)
    }

    /// Saves the field being left, then moves focus.
    private mutating func moveFocus(env: AppEnvironment, _ move: (inout FocusRing<VisitFormField>) -> Void) {
        let left = focus.focused
        move(&focus)
        if left != focus.focused { commitAndRetry(left, env: env) }
    }

    /// Another screen of the visit takes this one's place: like Esc, text that cannot be saved is
    /// said once and the form stays; a second press goes (the text stays as the form's draft).
    private mutating func switchTo(_ navigation: VisitNavigation, env: AppEnvironment) -> ScreenOutcome {
        guard let visitId else { return .handled }
        if case .notice = leave(env: env) { return .notice(env.text.visitUnsavedFieldSwitch(key: navigation.keyLabel)) }
        return .switchTo(navigation.route(visitId: visitId))
    }

    /// Esc: save the focused field and go back; when something cannot be saved, say so once and
    /// stay (a second Esc leaves; the unsaved text stays as this form's draft, with its error).
    private mutating func leave(env: AppEnvironment) -> ScreenOutcome {
        let saved = commitAndRetry(focus.focused, env: env)
        if (saved && problems.isEmpty) || leaveArmed || isLocked { return .ignored }
        leaveArmed = true
        return .notice(env.text.visitUnsavedField)
    }

    // MARK: Saving

    /// Saves the field being left; when that worked, retries the fields still waiting with a
    /// problem (a corrected employee count can make a waiting sub-count valid).
    @discardableResult
    mutating func commitAndRetry(_ field: VisitFormField?, env: AppEnvironment) -> Bool {
        guard commit(field, env: env) else { return false }
        for waiting in VisitFormField.allCases where waiting != field && problems[waiting] != nil {
            commit(waiting, env: env)
        }
        return true
    }

    /// Validates and saves one field; false (with the problem shown) when it cannot be saved.
    /// Without `saving` it only checks (the field being typed, put back after a restart).
    @discardableResult
    private mutating func commit(_ field: VisitFormField?, env: AppEnvironment, saving: Bool = true) -> Bool {
        guard let field, var candidate = visit, !isLocked else { return true }
        switch field {
        case .enterprise:
            // Nothing chosen: the field shows the current enterprise again.
            picker.close()
            showStored(.enterprise)
            problems[.enterprise] = nil
            return true
        case .type:
            return true
        case .date:
            if date.text.isEmpty { return fail(.date, .dateRequired) }
            if let problem = date.problem { return fail(.date, .date(problem)) }
            guard let day = date.day, let value = LocalDate(day.iso) else { return fail(.date, .date(.malformed)) }
            if value > env.today, value != candidate.date, value != confirmedFutureDate {
                // A visit is recorded on or after the day it happened: a later date is asked about.
                if saving { askFutureDate(value, env: env) }
                return fail(.date, .dateAfterToday(env.today))
            }
            candidate.date = value
        case .start, .end:
            let text = (texts[field]?.text ?? "").trimmingCharacters(in: .whitespaces)
            var time: TimeOfDay?
            if !text.isEmpty {
                guard let parsed = TimeOfDay(typed: text) else { return fail(field, .time) }
                time = parsed
            }
            if field == .start { candidate.startTime = time } else { candidate.endTime = time }
        case .inspectors:
            candidate.inspectors = (texts[field]?.text ?? "")
                .split(whereSeparator: { ",，、;；".contains($0) }).map(String.init)
        case .personsMet:
            candidate.personsMet = texts[field]?.text ?? ""
        case .notes:
            candidate.notes = notes.text
        case .talkRecord:
            candidate.talkRecord = talkRecord.text
        case .place, .summonedPerson, .summonedRole, .summonsReason, .commitments, .attendeeNames, .materials:
            if let keyPath = field.optionalText { candidate[keyPath: keyPath] = texts[field]?.text }
        case .commitmentDate:
            if commitmentDate.text.trimmingCharacters(in: .whitespaces).isEmpty {
                candidate.commitmentDate = nil
            } else {
                if let problem = commitmentDate.problem { return fail(field, .date(problem)) }
                guard let day = commitmentDate.day, let value = LocalDate(day.iso) else { return fail(field, .date(.malformed)) }
                candidate.commitmentDate = value
            }
        case .participants:
            // Nothing chosen: the search is dropped, the list stays as it is.
            participantPicker.close()
            showStored(.participants)
            problems[.participants] = nil
            return true
        default:
            let text = (texts[field]?.text ?? "").trimmingCharacters(in: .whitespaces)
            var value: Int?
            if !text.isEmpty {
                guard text.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(text) else {
                    return fail(field, .notANumber)
                }
                value = number
            }
            field.setFigure(value, in: &candidate)
            if let problem = Self.crossCheck(field, in: candidate) { return fail(field, problem) }
        }
        guard saving else {
            problems[field] = nil
            return true
        }
        return save(candidate, field: field, env: env)
    }

    // MARK: A date after today

    private mutating func askFutureDate(_ value: LocalDate, env: AppEnvironment) {
        var state = DialogState(for: Self.futureDateDialog(value, env: env))
        state.focus = .button(1)  // Enter goes back to fix the date
        futureDate = (value, state)
    }

    static func futureDateDialog(_ value: LocalDate, env: AppEnvironment) -> Dialog {
        let text = env.text
        return .confirm(title: text.futureDateTitle,
                        message: text.futureDateMessage(date: value.description, today: env.today.description),
                        confirm: text.futureDateKeep, cancel: text.futureDateFix, theme: env.theme)
    }

    /// The question is modal: "keep this date" saves it; anything that closes it otherwise (the
    /// default button, Esc) puts the cursor back in the date, which keeps the typed text.
    private mutating func answerFutureDate(_ question: (date: LocalDate, state: DialogState), key: Key, area: Rect,
                                           env: AppEnvironment) -> ScreenOutcome {
        // Quitting, help and the language switch stay the app's; the typed date stays the draft.
        if RemovalQuestion.appKeys.contains(key) { return .ignored }
        var state = question.state
        switch Self.futureDateDialog(question.date, env: env).handle(key, in: area, state: &state) {
        case .handled:
            futureDate = (question.date, state)
        case .pressed(0):
            futureDate = nil
            confirmedFutureDate = question.date
            commitAndRetry(.date, env: env)
        case .pressed, .cancelled:
            futureDate = nil
            focus.focus(.date)
        }
        return .handled
    }

    /// The workforce rules, said at the field the inspector just left.
    static func crossCheck(_ field: VisitFormField, in visit: SiteVisit) -> FieldProblem? {
        let bounded: [VisitFormField] = [.contracts, .insured, .dispatched]
        guard let employees = visit.employees else { return nil }
        if bounded.contains(field), let value = field.figure(of: visit), value > employees {
            return .exceedsEmployees(employees)
        }
        if field == .employees {
            for other in bounded { if let value = other.figure(of: visit), value > employees { return .belowFigure(other, value) } }
        }
        return nil
    }

    private mutating func fail(_ field: VisitFormField, _ problem: FieldProblem) -> Bool {
        problems[field] = problem
        return false
    }

    /// Writes the candidate; the field's problem goes once it is saved.
    private mutating func save(_ candidate: SiteVisit, field: VisitFormField, env: AppEnvironment) -> Bool {
        do {
            visit = try env.db.updateVisit(candidate)
        } catch {
            return fail(field, .failure(error))
        }
        problems[field] = nil
        if field != focus.focused { showStored(field) }
        return true
    }
}

extension VisitFormScreen {
    /// A text field's limit from `TextLimits`: the inspectors field is the list joined by "、",
    /// so no name in it can exceed the per-name limit either.
    static func textLimit(_ field: VisitFormField) -> Int {
        switch field {
        case .inspectors: TextLimits.lists["siteVisit"]?["inspectors"]?.each ?? 200
        default: field.column.map { TextLimits.limit("siteVisit", $0) } ?? 200
        }
    }
}
