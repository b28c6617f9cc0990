import FieldbookCore
import TerminalKit

/// Removing a visit or recommendation entered by mistake (Del on the review, the enterprise's
/// visit list and the recommendations list): a draft that never left the laptop is deleted after
/// a confirmation whose default is "keep it"; anything completed or exported is voided (作废)
/// with a required reason — the reason being typed is a draft like any other text.
struct RemovalQuestion: Hashable, Sendable {
    enum Subject: Hashable, Sendable {
        case visit(SiteVisit, enterprise: String, answers: Int, recommendations: Int)
        case recommendation(Recommendation)

        var id: String {
            switch self {
            case .visit(let visit, _, _, _): visit.id
            case .recommendation(let rec): rec.id
            }
        }
    }

    enum Outcome: Equatable {
        /// A key the app keeps for itself (quit, help, language): the screen passes it on, the
        /// question stays, and what was typed stays as the screen's draft.
        case passOn
        case open
        case cancelled
        /// The record is gone (deleted) or voided; the notice says which.
        case deleted(notice: String)
        case voided(notice: String)
        case failed(String)
    }

    let subject: Subject
    /// `.delete` or `.void` (what the store says this record allows).
    let removal: RecordRemoval
    var state: DialogState

    init(_ subject: Subject, removal: RecordRemoval, env: AppEnvironment) {
        self.subject = subject
        self.removal = removal
        state = DialogState(for: Self.dialog(for: subject, removal, env: env))
        // Deleting cannot be taken back: Enter keeps the record.
        if removal == .delete { state.focus = .button(1) }
        state.input = TextFieldState(text: "", maxLength: Self.reasonLimit)
    }

    static let appKeys: Set<Key> = [.ctrl("q"), .ctrl("c"), .function(1), .function(2)]

    static let reasonLimit = TextLimits.limit("siteVisit", "voidReason")

    /// Builds the question for the key hint's record, or nil (with why) when it cannot be removed.
    static func ask(_ subject: Subject, env: AppEnvironment) -> Result<RemovalQuestion, RemovalRefusal> {
        do {
            let removal = switch subject {
            case .visit(let visit, _, _, _): try env.db.removal(ofVisit: visit.id)
            case .recommendation(let rec): try env.db.removal(ofRecommendation: rec.id)
            }
            guard removal != .none else { return .failure(RemovalRefusal(message: env.text.alreadyVoided)) }
            return .success(RemovalQuestion(subject, removal: removal, env: env))
        } catch {
            return .failure(RemovalRefusal(message: env.message(for: error)))
        }
    }

    var isTypingReason: Bool { removal == .void && state.focus == .input }

    func dialog(_ env: AppEnvironment) -> Dialog { Self.dialog(for: subject, removal, env: env) }

    static func dialog(for subject: Subject, _ removal: RecordRemoval, env: AppEnvironment) -> Dialog {
        let t = env.text
        let reason = DialogInput(placeholder: t.voidPlaceholder, requiredMessage: t.voidRequired)
        switch (subject, removal) {
        case let (.visit(visit, enterprise, answers, recommendations), .delete):
            return .confirm(title: t.deleteVisitTitle(),
                            message: t.deleteVisitMessage(enterprise: enterprise, date: visit.date.description,
                                                          answers: answers, recommendations: recommendations),
                            confirm: t.deleteButton, cancel: t.keepButton, theme: env.theme)
        case let (.visit(visit, enterprise, _, recommendations), _):
            return .confirm(title: t.voidVisitTitle(),
                            message: t.voidVisitMessage(enterprise: enterprise, date: visit.date.description,
                                                        recommendations: recommendations),
                            confirm: t.voidButton, cancel: t.cancel, input: reason, theme: env.theme)
        case let (.recommendation(rec), .delete):
            return .confirm(title: t.deleteRecommendationTitle(), message: t.deleteRecommendationMessage(text: excerpt(rec)),
                            confirm: t.deleteButton, cancel: t.keepButton, theme: env.theme)
        case let (.recommendation(rec), _):
            return .confirm(title: t.voidRecommendationTitle(), message: t.voidRecommendationMessage(text: excerpt(rec)),
                            confirm: t.voidButton, cancel: t.cancel, input: reason, theme: env.theme)
        }
    }

    private static func excerpt(_ rec: Recommendation) -> String {
        (rec.text.split(whereSeparator: \.isNewline).first.map(String.init) ?? "").truncated(toWidth: 24)
    }

    /// A key while the question is up: it is modal.
    mutating func handle(_ key: Key, area: Rect, env: AppEnvironment) -> Outcome {
        if Self.appKeys.contains(key) { return .passOn }
        switch dialog(env).handle(key, in: area, state: &state) {
        case .handled: return .open
        case .cancelled, .pressed(1): return .cancelled
        case .pressed:
            do {
                switch (subject, removal) {
                case (.visit(let visit, _, _, _), .delete):
                    try env.db.deleteVisit(id: visit.id)
                    return .deleted(notice: env.text.visitDeleted)
                case (.visit(let visit, _, _, _), _):
                    try env.db.voidVisit(id: visit.id, reason: state.trimmedText)
                    return .voided(notice: env.text.visitVoided)
                case (.recommendation(let rec), .delete):
                    try env.db.deleteRecommendation(id: rec.id)
                    return .deleted(notice: env.text.recommendationDeleted)
                case (.recommendation(let rec), _):
                    try env.db.voidRecommendation(id: rec.id, reason: state.trimmedText)
                    return .voided(notice: env.text.recommendationVoided)
                }
            } catch {
                // The dialog stays with the reason typed; the message says why.
                return .failed(env.message(for: error))
            }
        }
    }

    func render(in area: Rect, buffer: inout Buffer, env: AppEnvironment) {
        buffer.cursor = nil
        dialog(env).render(in: area, buffer: &buffer, state: state)
    }

    // MARK: Drafts

    /// Draft field names: "voidReason:" + the record's id.
    static let reasonPrefix = "voidReason:"

    var draft: ScreenDraft? {
        guard removal == .void else { return nil }
        let name = Self.reasonPrefix + subject.id
        return ScreenDraft(fields: [name: state.input.text], focus: name, cursor: state.input.cursor)
    }

    /// The record id a draft's reason belongs to, if the draft is a void reason.
    static func recordId(of draft: ScreenDraft) -> String? {
        guard let name = draft.focus, name.hasPrefix(reasonPrefix), draft.fields[name] != nil else { return nil }
        return String(name.dropFirst(reasonPrefix.count))
    }

    /// Puts a reason typed before a restart back into the question.
    mutating func restoreReason(from draft: ScreenDraft) {
        guard let name = draft.focus, let text = draft.fields[name] else { return }
        state.input.text = text
        state.input.moveCursor(to: draft.cursor)
    }

    /// The voided line of a record: reason, who, when (local minute).
    static func voidedLine(reason: String?, by: String?, at: Timestamp?, env: AppEnvironment) -> String {
        env.text.voidedLine(reason: reason ?? "", by: by ?? "", on: at?.localMinute(in: env.clock.timeZone) ?? "")
    }
}

/// Why Del did nothing (already voided, or the store could not be read).
struct RemovalRefusal: Error, Equatable {
    let message: String
}
