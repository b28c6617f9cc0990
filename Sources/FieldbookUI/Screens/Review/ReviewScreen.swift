import FieldbookCore
import TerminalKit

/// Review & complete: what the visit found, what is still missing, and the keys to complete
/// (lock) it — after a confirm when something is missing — or to reopen it with a reason. Del
/// deletes a draft never exported (confirmation, default keep) or voids the visit with a reason.
struct ReviewScreen: Screen {
    enum Action: Hashable, Sendable {
        case complete
        case reopen
        /// The documents panel (preview, then write the notice or record) of a completed visit.
        case documents
        /// Delete (a draft never exported) or void (作废) the visit.
        case remove
        /// The visit's attachments (list, open, attach, detach).
        case attachments
        case navigate(VisitNavigation)
    }

    /// The question on screen, if any.
    enum Question: Hashable, Sendable { case complete, completeAnyway, reopen }

    let visitId: String
    private(set) var detail: VisitDetail?
    private(set) var items: [ChecklistItem] = []
    private(set) var readiness: VisitReadiness?
    private(set) var question: Question?
    var dialogState: DialogState?
    /// The documents panel, while open.
    private(set) var documents: DocumentPanel?
    /// A deletion waiting for a yes, or a void waiting for its reason.
    var removal: RemovalQuestion?
    /// What Del does to this visit.
    private(set) var removalKind: RecordRemoval = .none
    /// The visit's attachments, detached ones included (listed when there are any).
    private(set) var attachments: [Attachment] = []

    init(visitId: String) { self.visitId = visitId }

    var route: Route { .review(visitId: visitId) }
    var isLocked: Bool { detail?.visit.status == .completed }
    var isVoided: Bool { detail?.visit.isVoided ?? false }
    var isEditingText: Bool { (question == .reopen && dialogState?.focus == .input) || removal?.isTypingReason == true }

    func title(_ env: AppEnvironment) -> String { env.text.reviewTitle }

    func subject(_ env: AppEnvironment) -> String? { detail?.enterprise.name }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        var map = KeyMap<Action>([
            KeyBinding(.complete, keys: [.character("c"), .function(9)], keyLabel: "c", help: env.text.keyComplete,
                       isEnabled: !isLocked && !isVoided),
            KeyBinding(.reopen, keys: [.character("o")], help: env.text.keyReopen, isEnabled: isLocked && !isVoided),
            // On a voided visit `d` says why there are no documents (not offered in the status bar).
            KeyBinding(.documents, keys: [.character("d")], help: env.text.keyDocuments, isEnabled: isLocked,
                       showsInStatusBar: !isVoided),
            KeyBinding(.remove, keys: RemovalKeys.keys, keyLabel: RemovalKeys.label,
                       help: removalKind == .delete ? env.text.keyDelete : env.text.keyVoid, isEnabled: removalKind != .none),
            KeyBinding(.attachments, keys: [.character("f")], help: env.text.keyAttachments, showsInStatusBar: false),
        ])
        for navigation in [VisitNavigation.checklist, .recommendations, .form] {
            map.append(navigation.binding(.navigate(navigation), env))
        }
        return map
    }

    mutating func reload(env: AppEnvironment) throws {
        guard let detail = try env.db.visit(id: visitId) else { throw UIError.recordMissing }
        if items.isEmpty {
            guard let checklist = try env.db.checklist(templateId: detail.visit.templateId,
                                                       version: detail.visit.templateVersion) else {
                throw UIError.recordMissing
            }
            items = checklist.items
        }
        self.detail = detail
        readiness = VisitReadiness(detail: detail, items: items)
        removalKind = try env.db.removal(ofVisit: visitId)
        attachments = try env.attachments.attachments(visitId: visitId)
    }

    // MARK: Drafts

    /// The reason being typed in the reopen or the void dialog.
    var draft: ScreenDraft? {
        if let removal { return removal.draft }
        guard question == .reopen, let input = dialogState?.input else { return nil }
        return ScreenDraft(fields: ["reopenReason": input.text], focus: "reopenReason", cursor: input.cursor)
    }

    mutating func restore(_ draft: ScreenDraft, env: AppEnvironment) {
        if RemovalQuestion.recordId(of: draft) == visitId {
            guard removal == nil, let subject = removalSubject(),
                  case .success(var question) = RemovalQuestion.ask(subject, env: env), question.removal == .void else { return }
            question.restoreReason(from: draft)
            removal = question
            return
        }
        guard isLocked, !isVoided, let reason = draft.fields["reopenReason"] else { return }
        ask(.reopen, env: env)
        dialogState?.input.text = reason
        dialogState?.input.moveCursor(to: draft.cursor)
    }

    // MARK: Keys

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        if var removal {
            switch removal.handle(key, area: area, env: env) {
            case .passOn: return .ignored
            case .open: self.removal = removal
            case .cancelled: self.removal = nil
            case .deleted(let notice):
                self.removal = nil
                return .removed(notice: notice)
            case .voided(let notice):
                self.removal = nil
                do { try reload(env: env) } catch { return .error(env.message(for: error)) }
                return .notice(notice)
            case .failed(let message):
                self.removal = removal
                return .error(message)
            }
            return .handled
        }
        if var panel = documents {
            let outcome = panel.handle(key, env: env)
            documents = panel
            switch outcome {
            case .handled: return .handled
            case .close: documents = nil; return .handled
            case .written(let message):
                // The document is written; a failed reload only leaves the panel's figures stale.
                do { try reload(env: env) } catch { env.logUnshown("review not reloaded after writing a document", error) }
                return .notice(message)
            case .failed(let message): return .error(message)
            }
        }
        if let question, var state = dialogState {
            let dialog = makeDialog(question, env: env)
            let event = dialog.handle(key, in: area, state: &state)
            dialogState = state
            switch event {
            case .handled: return .handled
            case .cancelled, .pressed(1): close(); return .handled
            case .pressed: return answer(question, reason: state.trimmedText, env: env)
            }
        }
        if case .mouse(let event) = key, event.isClick,
           let button = Layout(area: area, buttons: buttons(env)).buttons.first(where: { $0.1.contains(event.position) }) {
            return perform(button.0, env: env)
        }
        guard let action = keyMap(env).match(key) else { return .ignored }
        return perform(action, env: env)
    }

    private mutating func perform(_ action: Action, env: AppEnvironment) -> ScreenOutcome {
        switch action {
        case .complete:
            guard let readiness, !isLocked else { return .handled }
            // Locking always asks; with gaps the safe answer (go back and fill in) is the default.
            ask(readiness.isComplete ? .complete : .completeAnyway, env: env)
            return .handled
        case .reopen:
            guard isLocked else { return .handled }
            ask(.reopen, env: env)
            return .handled
        case .documents:
            if isVoided { return .notice(env.text.voidedNoDocuments) }
            guard isLocked else { return .handled }
            documents = DocumentPanel(visitId: visitId, env: env)
            return .handled
        case .remove:
            guard let subject = removalSubject() else { return .handled }
            switch RemovalQuestion.ask(subject, env: env) {
            case .success(let question): removal = question
            case .failure(let refusal): return .notice(refusal.message)
            }
            return .handled
        case .attachments:
            return .push(.attachments(visitId: visitId))
        case .navigate(let navigation):
            return .switchTo(navigation.route(visitId: visitId))
        }
    }

    /// The visit as the removal question names it.
    private func removalSubject() -> RemovalQuestion.Subject? {
        guard let detail else { return nil }
        return .visit(detail.visit, enterprise: detail.enterprise.name, answers: detail.answers.count,
                      recommendations: detail.recommendations.filter { !$0.isVoided }.count)
    }

    private mutating func ask(_ question: Question, env: AppEnvironment) {
        self.question = question
        dialogState = DialogState(for: makeDialog(question, env: env))
        if question == .completeAnyway { dialogState?.focus = .button(1) }
    }

    private mutating func close() {
        question = nil
        dialogState = nil
    }

    private mutating func answer(_ question: Question, reason: String, env: AppEnvironment) -> ScreenOutcome {
        switch question {
        case .complete:
            close()
            return complete(env: env)
        case .completeAnyway:
            close()
            return complete(env: env, acceptingGaps: readiness?.warnings(env.text) ?? [])
        case .reopen:
            do {
                try env.db.reopenVisit(id: visitId, reason: reason)
                try reload(env: env)
            } catch {
                // The dialog stays open with the reason typed, so nothing is lost.
                return .error(env.message(for: error))
            }
            close()
            return .notice(env.text.reviewReopenedNotice)
        }
    }

    private mutating func complete(env: AppEnvironment, acceptingGaps gaps: [String] = []) -> ScreenOutcome {
        do {
            try env.db.completeVisit(id: visitId, acceptingGaps: gaps)
            try reload(env: env)
        } catch {
            return .error(env.message(for: error))
        }
        return .notice(gaps.isEmpty ? env.text.reviewCompletedNotice : env.text.reviewCompletedWithGaps)
    }

    func makeDialog(_ question: Question, env: AppEnvironment) -> Dialog {
        let text = env.text
        switch question {
        case .complete:
            return .confirm(title: text.reviewCompleteTitle,
                            message: text.reviewCompleteMessage(enterprise: detail?.enterprise.name ?? "",
                                                                date: detail?.visit.date.description ?? ""),
                            confirm: text.reviewCompleteButton, cancel: text.cancel, theme: env.theme)
        case .completeAnyway:
            let warnings = (readiness?.warnings(text) ?? []).map { "• " + $0 }.joined(separator: "\n")
            return .confirm(title: text.reviewConfirmTitle, message: text.reviewConfirmMessage + "\n" + warnings,
                            confirm: text.reviewLockWithGapsButton, cancel: text.reviewBackToFillButton,
                            theme: env.theme)
        case .reopen:
            return .confirm(title: text.reviewReopenTitle, message: text.reviewReopenMessage,
                            confirm: text.reviewReopenButton, cancel: text.cancel,
                            input: DialogInput(placeholder: text.reviewReopenPlaceholder,
                                               requiredMessage: text.reviewReopenRequired),
                            theme: env.theme)
        }
    }

    func buttons(_ env: AppEnvironment) -> [(Action, String)] {
        var main: [(Action, String)] = isVoided ? []
            : isLocked
            ? [(.reopen, "[ o " + env.text.keyReopen + " ]"), (.documents, "[ d " + env.text.keyDocuments + " ]")]
            : [(.complete, "[ c " + env.text.keyComplete + " ]")]
        if removalKind != .none {
            main.append((.remove, "[ Del " + (removalKind == .delete ? env.text.keyDelete : env.text.keyVoid) + " ]"))
        }
        return main + [VisitNavigation.checklist, .recommendations, .form].map {
            (.navigate($0), "[ \($0.keyLabel) \($0.help(env)) ]")
        }
    }
}
