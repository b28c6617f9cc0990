import FieldbookCore
import TerminalKit

/// Writes or edits one recommendation: text (multi-line, Chinese input), priority, deadline
/// (defaulting by priority until the user types one) and status. Everything is saved when a
/// field is left, a choice changes, or the screen is left; the first save creates the record
/// and the screen then stands for it (`.recommendation(id:)`), so a restart comes back to it.
/// When the visit is completed only the status can change (rectification happens later).
struct RecommendationScreen: Screen {
    enum Field: Hashable, Sendable { case text, priority, deadline, status }
    enum Action: Hashable, Sendable {
        case save
        case status(StatusQuestion.Change)
        /// F3: the deadline the text names ("30日内") goes into the deadline field.
        case useTextDeadline
        /// F4–F7: another section of the visit (the text typed here is saved, or kept as a draft).
        case navigate(VisitNavigation)
        /// `p` on the status: attach proof of rectification (a photo of the posted notice, a
        /// scan) — also to a recommendation of an earlier, completed visit at a follow-up.
        case attach
        /// Ctrl-N: the next recommendation of the visit in the list's order (after the last, the
        /// list) — how the prefilled ones `R` made in the checklist are reviewed one by one.
        case next
    }

    let visitId: String
    /// The item the form was opened from (nil: a free recommendation); part of the route only
    /// until the record exists.
    let sourceItemCode: String?
    var context: RecommendationContext
    var saved: Recommendation?
    var text: TextAreaState
    var priority: RecommendationPriority
    var deadline: DateFieldState
    /// The user typed a deadline: a priority change no longer moves it to that priority's default.
    var deadlineTyped = false
    var focus: FocusRing<Field>
    /// Something changed since the last save.
    var dirty = false
    var textError: String?
    var deadlineError: String?
    var statusError: String?
    /// Esc was refused once because of an invalid field; a second Esc leaves without that field.
    var leaveRequested = false
    /// A status change waiting for a yes, or a revert waiting for its reason.
    var question: StatusQuestion?
    /// The file chooser and caption, while attaching to this recommendation.
    var attachFlow: AttachFlow?
    /// The visit's recommendations in the list's order (ids), for Ctrl-N.
    var siblings: [String] = []

    init(visitId: String, itemCode: String?, env: AppEnvironment) throws {
        self.visitId = visitId
        sourceItemCode = itemCode
        context = try RecommendationContext.load(visitId: visitId, itemCodes: itemCode.map { [$0] } ?? [], env: env)
        let prefill = context.prefill(env)
        // The cursor starts after the prefill: the inspector goes on with what must be done.
        text = TextAreaState(text: prefill, maxLength: TextLimits.limit("recommendation", "text"))
        priority = context.suggestedPriority
        deadline = DateFieldState(text: context.defaultDeadline(for: priority).description)
        focus = FocusRing([])
        saved = nil
        // The prefill alone creates nothing: the first change (or Ctrl-S) does.
        updateFocusOrder()
    }

    init(id: String, env: AppEnvironment) throws {
        guard let rec = try env.db.recommendation(id: id) else { throw UIError.recordMissing }
        visitId = rec.visitId
        sourceItemCode = nil
        context = try RecommendationContext.load(visitId: rec.visitId, itemCodes: rec.itemCodes, env: env)
        saved = rec
        text = TextAreaState(text: rec.text, maxLength: TextLimits.limit("recommendation", "text"))
        priority = rec.priority
        deadline = DateFieldState(text: rec.deadline?.description ?? "")
        deadlineTyped = rec.deadline != context.defaultDeadline(for: rec.priority)
        focus = FocusRing([])
        updateFocusOrder()
    }

    var route: Route {
        if let saved { return .recommendation(id: saved.id) }
        return .newRecommendation(visitId: visitId, itemCode: sourceItemCode)
    }

    /// The content is locked with a completed visit; the status still moves (unless voided).
    var isLocked: Bool { context.visit.status != .draft || isVoided }
    /// Voided (itself or with its visit): nothing of it changes any more.
    var isVoided: Bool { saved?.isVoided == true || context.visit.isVoided }
    var isEditingText: Bool {
        if attachFlow != nil { return true }
        if let question { return question.isTypingReason }
        return focus.focused == .text || focus.focused == .deadline
    }
    var itemCodes: [String] { saved?.itemCodes ?? sourceItemCode.map { [$0] } ?? [] }

    private mutating func updateFocusOrder() {
        var order: [Field] = isLocked ? [] : [.text, .priority, .deadline]
        if saved != nil, !isVoided { order.append(.status) }
        focus.setOrder(order)
    }

    func title(_ env: AppEnvironment) -> String {
        saved == nil ? env.text.newRecommendationTitle : env.text.recommendationTitle
    }

    func subject(_ env: AppEnvironment) -> String? { context.enterpriseName }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        if attachFlow != nil { return KeyMap([]) }
        // The status keys work while the status field is focused (elsewhere letters are text).
        var map = KeyMap([
            KeyBinding(Action.attach, keys: [.character("p")], help: env.text.keyAttach,
                       isEnabled: focus.focused == .status && saved != nil && !isVoided, showsInStatusBar: false),
            KeyBinding(Action.next, keys: [.ctrl("n")], help: nextHelp(env), isEnabled: saved != nil && siblings.count > 1),
            KeyBinding(Action.save, keys: [.ctrl("s")], help: env.text.keySave, isEnabled: !isLocked),
            KeyBinding(.useTextDeadline, keys: [.function(3)], help: env.text.keyUseDeadlineFromText,
                       isEnabled: !isLocked && offeredDeadline != nil),
        ] + RecommendationCells.statusBindings(for: saved, today: env.today, env: env,
                                               enabled: focus.focused == .status) { .status($0) })
        for navigation in [VisitNavigation.form, .checklist, .recommendations, .review] {
            var binding = navigation.binding(Action.navigate(navigation), env)
            binding.showsInStatusBar = navigation == .recommendations
            map.append(binding)
        }
        return map
    }

    mutating func reload(env: AppEnvironment) throws {
        context = try RecommendationContext.load(visitId: visitId, itemCodes: itemCodes, env: env)
        if let id = saved?.id {
            guard let rec = try env.db.recommendation(id: id) else { throw UIError.recordMissing }
            saved = rec
        }
        siblings = RecommendationCells.listOrder(try env.db.visit(id: visitId)?.recommendations ?? []).map(\.id)
        updateFocusOrder()
    }

    /// "下一条 2/6", or back to the list from the last one.
    private func nextHelp(_ env: AppEnvironment) -> String {
        guard let id = saved?.id, let index = siblings.firstIndex(of: id) else { return env.text.keyNextRecommendation(1, siblings.count) }
        return index + 1 < siblings.count ? env.text.keyNextRecommendation(index + 2, siblings.count) : env.text.keyRecommendationsDone
    }

    // MARK: - Drafts

    /// What changed since the last save: the text, the priority and a typed deadline.
    var draft: ScreenDraft? {
        if let reason = question?.draft { return reason }
        guard !isLocked, dirty else { return nil }
        var fields = ["text": text.text, "priority": priority.rawValue]
        if deadlineTyped { fields["deadline"] = deadline.text }
        switch focus.focused {
        case .text: return ScreenDraft(fields: fields, focus: "text", cursor: text.cursor)
        case .deadline: return ScreenDraft(fields: fields, focus: "deadline", cursor: deadline.field.cursor)
        default: return ScreenDraft(fields: fields)
        }
    }

    mutating func restore(_ draft: ScreenDraft, env: AppEnvironment) {
        if let saved, !isVoided, let (_, question) = StatusQuestion.restored(from: draft, among: [saved], env: env) {
            focus.focus(.status)
            self.question = question
            return
        }
        guard !isLocked, let body = draft.fields["text"] else { return }
        text.text = body
        if let chosen = draft.fields["priority"].flatMap(RecommendationPriority.init(rawValue:)) { priority = chosen }
        if let typed = draft.fields["deadline"] {
            deadline = DateFieldState(text: typed)
            deadlineTyped = true
        } else if !deadlineTyped {
            deadline = DateFieldState(text: context.defaultDeadline(for: priority).description)
        }
        dirty = true
        switch draft.focus {
        case "text":
            focus.focus(.text)
            text.moveCursor(to: draft.cursor)
        case "deadline":
            focus.focus(.deadline)
            deadline.field.moveCursor(to: draft.cursor)
        default: break
        }
    }

    // MARK: - Keys

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        switch AttachFlow.route(&attachFlow, key, area: area, env: env) {
        case nil: break
        case .finished(let outcome)?:
            do { try reload(env: env) } catch { return .error(env.message(for: error)) }
            return outcome
        case .handled?, .cancelled?: return .handled
        }
        if var question {
            switch question.handle(key, area: area, env: env) {
            case .open: self.question = question
            case .cancelled: self.question = nil
            case .done(let rec, let notice):
                self.question = nil
                saved = rec
                statusError = nil
                return .notice(notice)
            case .failed(let message):
                self.question = question
                statusError = message
            }
            return .handled
        }
        switch keyMap(env).match(key) {
        case .save?: return save(env: env, explicit: true)
        case .attach?:
            if let saved {
                attachFlow = AttachFlow(visitId: saved.visitId, target: .recommendation(id: saved.id),
                                        title: env.text.chooserTitleRecommendation(saved.text), env: env)
            }
            return .handled
        case .status(let change)?:
            if let saved { question = StatusQuestion(saved, change, env: env) }
            return .handled
        case .next?:
            // What can be saved is; what cannot stays a draft, shown again when this one reopens.
            if case .error(let message) = save(env: env, explicit: false) { return .error(message) }
            guard let id = saved?.id, let index = siblings.firstIndex(of: id), index + 1 < siblings.count else {
                return .switchTo(.recommendations(visitId: visitId))
            }
            return .replace(.recommendation(id: siblings[index + 1]))
        case .useTextDeadline?:
            guard let offered = offeredDeadline else { return .handled }
            deadline = DateFieldState(text: offered.description)
            deadlineTyped = true
            deadlineError = nil
            dirty = true
            return .handled
        case .navigate(let navigation)?:
            // What can be saved is; what cannot stays a draft, shown again on return.
            if case .error(let message) = save(env: env, explicit: false) { return .error(message) }
            return .switchTo(navigation.route(visitId: visitId))
        case nil: break
        }
        if key == .escape { return leave(env: env) }
        leaveRequested = false
        let layout = Layout(area: area, env: env)
        switch focus.focused {
        case .text:
            let result = text.handle(key)
            if result == .edited { dirty = true; textError = nil }
            if result != .ignored { return .handled }
        case .deadline:
            let result = deadline.handle(key)
            if result == .edited { dirty = true; deadlineTyped = true; deadlineError = nil }
            if result != .ignored { return .handled }
        case .priority:
            if let step = key.choiceStep { return changePriority(by: step, env: env) }
        case .status:
            if let step = key.choiceStep { return changeStatus(by: step, env: env) }
        case nil: break
        }
        let before = focus.focused
        if key == .enter, focus.focused != .text { focus.next() }
        else if !focus.handle(key, fieldRects: layout.fieldRects) { return .ignored }
        if before != focus.focused, before != .status { return save(env: env, explicit: false) }
        return .handled
    }

    /// The deadline the text names ("30日内" from the visit date), when it differs from the
    /// deadline field: offered beside the field, F3 takes it.
    var offeredDeadline: LocalDate? {
        guard let days = TypedDeadline.days(in: text.text) else { return nil }
        let date = context.visit.date.adding(days: days)
        return date.description == deadline.text ? nil : date
    }

    private mutating func changePriority(by step: Int, env: AppEnvironment) -> ScreenOutcome {
        let all = RecommendationPriority.allCases
        let index = all.firstIndex(of: priority)!
        priority = all[(index + step + all.count) % all.count]
        if !deadlineTyped {
            deadline = DateFieldState(text: context.defaultDeadline(for: priority).description)
            deadlineError = nil
        }
        dirty = true
        return save(env: env, explicit: false)
    }

    /// → asks to move the status on the usual way (open/复查不合格 → 已整改 → 已复查销号; the other
    /// moves have their keys); ← asks to take the last change back, with a reason. Nothing
    /// changes on the arrow alone.
    private mutating func changeStatus(by step: Int, env: AppEnvironment) -> ScreenOutcome {
        guard let current = saved, !isVoided else { return .handled }
        if step < 0 {
            guard current.status != .open else { return .handled }
            question = StatusQuestion(current, .revert, env: env)
            return .handled
        }
        guard let next = RecommendationTransition.targets(from: current.status).first else { return .handled }
        question = StatusQuestion(current, .to(next), env: env)
        return .handled
    }

    /// Esc: save, then go back. An invalid field keeps the user here once, with its message.
    private mutating func leave(env: AppEnvironment) -> ScreenOutcome {
        if leaveRequested || isLocked || !dirty { return .ignored }
        let outcome = save(env: env, explicit: false)
        if case .error = outcome { return outcome }
        if dirty {
            leaveRequested = true
            return .handled
        }
        return .ignored
    }

    /// Saves when something changed. A new, still empty recommendation is not an error unless
    /// the user asks to save it; it is simply not created.
    private mutating func save(env: AppEnvironment, explicit: Bool) -> ScreenOutcome {
        guard !isLocked, dirty || explicit else { return .handled }
        let body = text.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if body.isEmpty {
            if saved != nil || explicit { textError = env.text.recommendationTextRequired }
            return .handled
        }
        let date: LocalDate?
        if deadline.text.isEmpty {
            date = context.defaultDeadline(for: priority)
        } else if let day = deadline.day, let parsed = LocalDate(day.iso) {
            date = parsed
        } else {
            deadlineError = deadline.problem == .noSuchDay ? env.text.dateNoSuchDay : env.text.dateMalformed
            return .handled
        }
        if let date, date < context.visit.date {
            // Kept as typed (and in the draft) with the reason; the record keeps its last deadline.
            deadlineError = env.text.deadlineBeforeVisit(context.visit.date.description)
            return .handled
        }
        do {
            if var rec = saved {
                rec.text = body
                rec.priority = priority
                rec.deadline = date
                saved = try env.db.updateRecommendation(rec)
            } else {
                saved = try env.db.addRecommendation(visitId: visitId, itemCodes: itemCodes, text: body,
                                                     priority: priority, deadline: date)
                updateFocusOrder()
            }
            if deadline.text.isEmpty, let date { deadline = DateFieldState(text: date.description) }
            dirty = false
            textError = nil
            deadlineError = nil
            return explicit ? .notice(env.text.recommendationSaved) : .handled
        } catch {
            return .error(env.message(for: error))
        }
    }

    // MARK: - Layout and drawing

    /// Where each part is drawn, from the screen area (mouse hits use the same rects).
    struct Layout {
        let heading: Rect
        let items: Rect
        let labelWidth: Int
        let text: Rect
        let textMessage: Rect
        let priority: Rect
        let deadline: Rect
        let deadlineHint: Rect
        let deadlineMessage: Rect
        let status: Rect
        let statusMessage: Rect

        init(area: Rect, env: AppEnvironment) {
            let box = area.inset(horizontal: 2, vertical: 0)
            labelWidth = 10
            let fieldX = box.x + labelWidth
            let fieldWidth = max(10, box.width - labelWidth)
            heading = Rect(x: box.x, y: box.y, width: box.width, height: 1)
            items = Rect(x: box.x, y: box.y + 1, width: box.width, height: 2)
            let textHeight = max(3, min(10, box.height - 12))
            text = Rect(x: fieldX, y: box.y + 4, width: fieldWidth, height: textHeight)
            var y = text.bottom
            textMessage = Rect(x: fieldX, y: y, width: fieldWidth, height: 1)
            y += 1
            priority = Rect(x: fieldX, y: y, width: min(fieldWidth, 12), height: 1)
            y += 2
            deadline = Rect(x: fieldX, y: y, width: min(fieldWidth, 12), height: 2)
            deadlineHint = Rect(x: deadline.right + 2, y: y, width: max(0, box.right - deadline.right - 2), height: 1)
            deadlineMessage = Rect(x: fieldX, y: y + 1, width: fieldWidth, height: 1)
            y += 2
            status = Rect(x: fieldX, y: y, width: min(fieldWidth, 12), height: 1)
            statusMessage = Rect(x: fieldX, y: y + 1, width: fieldWidth, height: 1)
        }

        var fieldRects: [Field: Rect] {
            [.text: text, .priority: priority, .deadline: deadline, .status: status]
        }
    }

    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        let t = env.text
        let theme = env.theme
        let layout = Layout(area: area, env: env)
        let heading = t.recommendationsHeading(enterprise: context.enterpriseName, date: context.visit.date.description)
        buffer.write(heading.truncated(toWidth: layout.heading.width), at: layout.heading.origin, style: theme.title)
        renderItems(in: layout.items, env: env, into: &buffer)

        func label(_ text: String, _ field: Field, _ rect: Rect) {
            buffer.write(text.truncated(toWidth: layout.labelWidth - 1), at: Point(x: rect.x - layout.labelWidth, y: rect.y),
                         style: focus.isFocused(field) ? theme.title : theme.normal)
        }
        label(t.recommendationText, .text, layout.text)
        label(t.recommendationPriority, .priority, layout.priority)
        label(t.recommendationDeadline, .deadline, layout.deadline)
        if isLocked {
            Paragraph(text.text, style: theme.normal).render(in: layout.text, buffer: &buffer)
            buffer.write(isVoided ? t.recommendationVoidedNote : t.recommendationReadOnly, at: layout.textMessage.origin,
                         style: theme.muted, clip: layout.textMessage)
            buffer.write(priority.label(in: env.language), at: layout.priority.origin, style: theme.normal)
            buffer.write(deadline.text, at: layout.deadline.origin, style: theme.normal)
        } else {
            var area = text
            TextArea(placeholder: t.recommendationTextPlaceholder, isFocused: focus.isFocused(.text), theme: theme)
                .render(in: layout.text, buffer: &buffer, state: &area)
            if let textError {
                buffer.write(textError, at: layout.textMessage.origin, style: theme.error, clip: layout.textMessage)
            }
            renderChoice(priority.label(in: env.language), in: layout.priority, focused: focus.isFocused(.priority),
                         env: env, into: &buffer)
            var date = deadline
            let messages: @Sendable (DateFieldState.Problem) -> String = { [t] problem in
                problem == .noSuchDay ? t.dateNoSuchDay : t.dateMalformed
            }
            let dateField = DateField(isFocused: focus.isFocused(.deadline), theme: theme, messages: messages)
            dateField.render(in: layout.deadline.row(0), buffer: &buffer, state: &date)
            // The message gets the whole row under the field; a save refused while the date is
            // still being typed says why too (the field itself stays quiet then).
            if let message = dateField.visibleError(deadline) ?? deadlineError {
                buffer.write(message, at: layout.deadlineMessage.origin, style: theme.error, clip: layout.deadlineMessage)
            }
            let all = RecommendationPriority.allCases
            let hint = t.deadlineDefaults(high: all[0].defaultDeadlineDays, medium: all[1].defaultDeadlineDays,
                                          low: all[2].defaultDeadlineDays)
            if let offered = offeredDeadline {
                buffer.write(t.deadlineFromText(offered.description), at: layout.deadlineHint.origin,
                             style: theme.warning, clip: layout.deadlineHint)
            } else {
                buffer.write(hint, at: layout.deadlineHint.origin, style: theme.muted, clip: layout.deadlineHint)
            }
        }
        label(t.recommendationStatus, .status, layout.status)
        if let saved {
            renderChoice(saved.isVoided ? t.voidedLabel : saved.status.label(in: env.language), in: layout.status,
                         focused: focus.isFocused(.status),
                         env: env, into: &buffer)
            let cells = RecommendationCells(recommendation: saved, today: env.today)
            let facts = cells.facts(env) + [cells.evidence(env)].compactMap { $0 }
            if saved.isVoided {
                let line = RemovalQuestion.voidedLine(reason: saved.voidReason, by: saved.voidedBy, at: saved.voidedAt, env: env)
                buffer.write(line, at: layout.statusMessage.origin, style: theme.warning.bold, clip: layout.statusMessage)
            } else if let statusError {
                buffer.write(statusError, at: layout.statusMessage.origin, style: theme.error, clip: layout.statusMessage)
            } else {
                buffer.write(facts.joined(separator: "  "), at: layout.statusMessage.origin, style: theme.muted,
                             clip: layout.statusMessage)
            }
        } else {
            buffer.write(t.recommendationNotSavedYet, at: layout.status.origin, style: theme.muted,
                         clip: Rect(x: layout.status.x, y: layout.status.y, width: layout.statusMessage.width, height: 1))
        }
        question?.render(in: area, buffer: &buffer, env: env)
        attachFlow?.render(in: area, buffer: &buffer, env: env)
    }

    private func renderItems(in rect: Rect, env: AppEnvironment, into buffer: inout Buffer) {
        guard !context.items.isEmpty else {
            buffer.write(env.text.linkedItems(env.text.recommendationNoItems), at: rect.origin, style: env.theme.muted,
                         clip: rect)
            return
        }
        let names = context.items.map { $0.code + " " + $0.label.text(in: env.language) }.joined(separator: env.text.itemListSeparator)
        buffer.write(env.text.linkedItems(names).truncated(toWidth: rect.width), at: rect.origin, style: env.theme.normal)
        let basis = context.items.map { $0.legalBasis.text(in: env.language) }.joined(separator: env.text.itemListSeparator)
        // The period first: whether the deadline counts working days must never be cut off.
        let period = context.itemPeriod.map { env.text.rectificationPeriodLine($0.label(in: env.language)) + "  " } ?? ""
        buffer.write((period + env.text.legalBasisLine(basis)).truncated(toWidth: rect.width),
                     at: Point(x: rect.x, y: rect.y + 1), style: env.theme.muted)
    }

    private func renderChoice(_ value: String, in rect: Rect, focused: Bool, env: AppEnvironment, into buffer: inout Buffer) {
        let style = focused ? env.theme.focusedField : env.theme.field
        buffer.fill(rect, style: style)
        buffer.write("‹ " + value + " ›", at: rect.origin, style: style, clip: rect)
        if focused {
            buffer.write(env.text.keyChoose, at: Point(x: rect.right + 2, y: rect.y), style: env.theme.muted)
        }
    }
}
