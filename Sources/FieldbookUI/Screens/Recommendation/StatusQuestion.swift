import FieldbookCore
import TerminalKit

/// A recommendation's status change waiting for the inspector's yes, with what the move needs
/// typed into the dialog: the evidence (整改佐证) when rectified or closed, the new deadline after
/// a failed re-check, to whom an overdue one is referred — or a mistaken change being taken back,
/// waiting for its reason. Shared by the recommendations list and the recommendation form: no
/// status moves on one key. The rules themselves are Core's (`RecommendationTransition`): a
/// refused move leaves the dialog open with Core's one-line reason.
struct StatusQuestion: Hashable, Sendable {
    enum Change: Hashable, Sendable {
        /// Move to this status (`RecommendationTransition.targets(from:)` lists the moves).
        case to(RecommendationStatus)
        /// Take the last change back one step, with a reason.
        case revert
    }

    enum Outcome: Equatable {
        case open
        case cancelled
        case done(Recommendation, notice: String)
        case failed(String)
    }

    let recommendation: Recommendation
    let change: Change
    var state: DialogState
    /// Why the last try was refused (Core's one-line reason), shown in the dialog under its
    /// question so that nothing covers what is being typed.
    var problem: String?

    init(_ recommendation: Recommendation, _ change: Change, env: AppEnvironment) {
        self.recommendation = recommendation
        self.change = change
        state = DialogState(for: Self.dialog(for: recommendation, change, env: env),
                            text: Self.prefill(recommendation, change, env: env))
    }

    /// The status a revert goes back to (Core's `RecommendationStore.revertStatus` rule).
    static func previous(of recommendation: Recommendation) -> RecommendationStatus? {
        let outstanding: RecommendationStatus = recommendation.recheckFailedOn == nil ? .open : .recheckFailed
        switch recommendation.status {
        case .open: return nil
        case .rectified, .referred: return outstanding
        case .recheckFailed, .closed: return .rectified
        }
    }

    /// What the dialog's input starts with: the evidence noted so far, a new deadline as many
    /// days from today as the priority gives, the usual referral target.
    static func prefill(_ recommendation: Recommendation, _ change: Change, env: AppEnvironment) -> String {
        switch change {
        case .to(.rectified), .to(.closed): recommendation.evidenceNote ?? ""
        case .to(.recheckFailed): env.today.adding(days: recommendation.priority.defaultDeadlineDays).description
        case .to(.referred): env.text.referralDefaultTarget
        case .to, .revert: ""
        }
    }

    /// Every change but a plain return to open takes typed text (evidence, date, target, reason).
    var hasInput: Bool { change != .to(.open) }
    var isTypingReason: Bool { hasInput && state.focus == .input }

    func dialog(_ env: AppEnvironment) -> Dialog {
        var dialog = Self.dialog(for: recommendation, change, env: env)
        if let problem { dialog.message += "\n" + problem }
        return dialog
    }

    static func dialog(for recommendation: Recommendation, _ change: Change, env: AppEnvironment) -> Dialog {
        let t = env.text
        let language = env.language
        let excerpt = (recommendation.text.split(separator: "\n").first.map(String.init) ?? "").truncated(toWidth: 24)
        let from = recommendation.status.label(in: language)
        let today = env.today.description
        switch change {
        case .to(let status):
            let to = status.label(in: language)
            let (dates, input): (String, DialogInput?) = switch status {
            case .rectified:
                (t.statusStamp(rectified: today, closed: nil) + t.evidenceOptional,
                 DialogInput(placeholder: t.evidencePlaceholder))
            case .closed:
                (t.statusStamp(rectified: recommendation.rectifiedOn == nil ? today : nil, closed: today) + t.evidenceNeeded,
                 DialogInput(placeholder: t.evidencePlaceholder))
            case .recheckFailed:
                (t.recheckFailedStamp(date: today), DialogInput(placeholder: t.newDeadlinePlaceholder,
                                                                  requiredMessage: t.newDeadlineRequired))
            case .referred:
                (t.referralStamp(date: today, deadline: recommendation.deadline?.description ?? "—"),
                 DialogInput(placeholder: t.referralPlaceholder, requiredMessage: t.referralRequired))
            case .open: ("", nil)
            }
            return .confirm(title: t.statusConfirmTitle,
                            message: t.statusConfirmMessage(text: excerpt, from: from, to: to, dates: dates),
                            confirm: t.statusConfirmButton, cancel: t.cancel, input: input, theme: env.theme)
        case .revert:
            let to = Self.previous(of: recommendation)?.label(in: language) ?? from
            return .confirm(title: t.statusRevertTitle, message: t.statusRevertMessage(text: excerpt, from: from, to: to),
                            confirm: t.statusRevertButton, cancel: t.cancel,
                            input: DialogInput(placeholder: t.statusRevertPlaceholder,
                                               requiredMessage: t.statusRevertRequired),
                            theme: env.theme)
        }
    }

    /// A key while the question is up: it is modal.
    mutating func handle(_ key: Key, area: Rect, env: AppEnvironment) -> Outcome {
        switch dialog(env).handle(key, in: area, state: &state) {
        case .handled: return .open
        case .cancelled, .pressed(1): return .cancelled
        case .pressed:
            do {
                switch change {
                case .to(let status):
                    guard let transition = transition(to: status, env: env) else {
                        state.focus = .input
                        problem = env.text.dateMalformed
                        return .failed(env.text.dateMalformed)
                    }
                    let saved = try env.db.changeRecommendationStatus(id: recommendation.id, transition)
                    return .done(saved, notice: env.text.statusChanged(to: status.label(in: env.language)))
                case .revert:
                    let saved = try env.db.revertRecommendationStatus(id: recommendation.id, reason: state.trimmedText)
                    return .done(saved, notice: env.text.statusReverted(to: saved.status.label(in: env.language)))
                }
            } catch {
                // The dialog stays with what was typed, the cursor back in it; the message says why.
                if hasInput { state.focus = .input }
                problem = env.message(for: error)
                return .failed(env.message(for: error))
            }
        }
    }

    /// The Core move for the typed text; nil when a new deadline is not a date.
    private func transition(to status: RecommendationStatus, env: AppEnvironment) -> RecommendationTransition? {
        let typed = state.trimmedText
        switch status {
        case .rectified: return .rectified(evidence: typed)
        case .closed: return .closed(evidence: typed)
        case .recheckFailed:
            return DateFieldState(text: typed).day.flatMap { LocalDate($0.iso) }.map { .recheckFailed(newDeadline: $0) }
        case .referred: return .referred(to: typed)
        case .open: return nil
        }
    }

    func render(in area: Rect, buffer: inout Buffer, env: AppEnvironment) {
        buffer.cursor = nil
        dialog(env).render(in: area, buffer: &buffer, state: state)
    }

    // What is typed into the dialog is a draft like any other text: the name says which
    // recommendation and which change ("revertReason:ID", "status:closed:ID").
    static let reasonPrefix = "revertReason:"
    static let inputPrefix = "status:"

    var draftName: String {
        switch change {
        case .revert: Self.reasonPrefix + recommendation.id
        case .to(let status): Self.inputPrefix + status.rawValue + ":" + recommendation.id
        }
    }

    var draft: ScreenDraft? {
        guard hasInput else { return nil }
        return ScreenDraft(fields: [draftName: state.input.text], focus: draftName, cursor: state.input.cursor)
    }

    /// The question a draft was saved from, when its recommendation is among `recommendations`
    /// and the change is still possible.
    static func restored(from draft: ScreenDraft, among recommendations: [Recommendation], env: AppEnvironment)
    -> (index: Int, question: StatusQuestion)? {
        guard let name = draft.focus, let text = draft.fields[name] else { return nil }
        let change: Change, id: Substring
        if name.hasPrefix(reasonPrefix) {
            change = .revert
            id = name.dropFirst(reasonPrefix.count)
        } else if name.hasPrefix(inputPrefix) {
            let parts = name.dropFirst(inputPrefix.count).split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let status = RecommendationStatus(rawValue: String(parts[0])) else { return nil }
            change = .to(status)
            id = parts[1]
        } else {
            return nil
        }
        guard let index = recommendations.firstIndex(where: { $0.id == id }) else { return nil }
        let rec = recommendations[index]
        switch change {
        case .revert: guard rec.status != .open else { return nil }
        case .to(let status): guard RecommendationTransition.targets(from: rec.status).contains(status) else { return nil }
        }
        var question = StatusQuestion(rec, change, env: env)
        question.state.input.text = text
        question.state.input.moveCursor(to: draft.cursor)
        return (index, question)
    }
}
