import FieldbookCore
import TerminalKit

/// A recommendation's status change waiting for the inspector's yes (it stamps a date and, for
/// "verified", closes the recommendation), or a mistaken change being taken back, waiting for its
/// reason. Shared by the recommendations list and the recommendation form: no status moves on
/// one key.
struct StatusQuestion: Hashable, Sendable {
    enum Change: Hashable, Sendable {
        /// Move to this status (open → rectified → verified; rectified → open when a fix is rejected).
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

    init(_ recommendation: Recommendation, _ change: Change, env: AppEnvironment) {
        self.recommendation = recommendation
        self.change = change
        state = DialogState(for: Self.dialog(for: recommendation, change, env: env))
    }

    /// The status a revert goes back to.
    static func previous(of status: RecommendationStatus) -> RecommendationStatus? {
        switch status {
        case .open: nil
        case .rectified: .open
        case .verified: .rectified
        }
    }

    var isTypingReason: Bool { change == .revert && state.focus == .input }

    func dialog(_ env: AppEnvironment) -> Dialog { Self.dialog(for: recommendation, change, env: env) }

    static func dialog(for recommendation: Recommendation, _ change: Change, env: AppEnvironment) -> Dialog {
        let t = env.text
        let language = env.language
        let excerpt = (recommendation.text.split(separator: "\n").first.map(String.init) ?? "").truncated(toWidth: 24)
        let from = recommendation.status.label(in: language)
        switch change {
        case .to(let status):
            let today = env.today.description
            var dates: String
            switch (recommendation.status, status) {
            case (.open, .rectified): dates = t.statusStamp(rectified: today, verified: nil)
            case (.open, .verified): dates = t.statusStamp(rectified: today, verified: today)
            case (.rectified, .verified): dates = t.statusStamp(rectified: nil, verified: today)
            case (.rectified, .open): dates = t.statusClearsRectified
            default: dates = ""
            }
            return .confirm(title: t.statusConfirmTitle,
                            message: t.statusConfirmMessage(text: excerpt, from: from, to: status.label(in: language),
                                                            dates: dates),
                            confirm: t.statusConfirmButton, cancel: t.cancel, theme: env.theme)
        case .revert:
            let to = Self.previous(of: recommendation.status)?.label(in: language) ?? from
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
                    let saved = try env.db.setRecommendationStatus(id: recommendation.id, to: status)
                    return .done(saved, notice: env.text.statusChanged(to: status.label(in: env.language)))
                case .revert:
                    let saved = try env.db.revertRecommendationStatus(id: recommendation.id, reason: state.trimmedText)
                    return .done(saved, notice: env.text.statusReverted(to: saved.status.label(in: env.language)))
                }
            } catch {
                // The dialog stays with what was typed; the message says why.
                return .failed(env.message(for: error))
            }
        }
    }

    func render(in area: Rect, buffer: inout Buffer, env: AppEnvironment) {
        buffer.cursor = nil
        dialog(env).render(in: area, buffer: &buffer, state: state)
    }

    // The reason being typed is a draft like any other text.
    static let reasonPrefix = "revertReason:"

    var draft: ScreenDraft? {
        guard change == .revert else { return nil }
        let name = Self.reasonPrefix + recommendation.id
        return ScreenDraft(fields: [name: state.input.text], focus: name, cursor: state.input.cursor)
    }
}
