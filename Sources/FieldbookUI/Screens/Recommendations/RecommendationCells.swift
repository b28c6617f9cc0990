import FieldbookCore
import TerminalKit

/// How a recommendation shows in a list row: its text on one line, the status (or how overdue
/// it is) and the style that makes overdue ones stand out. Shared by the visit's list and the
/// follow-up list so both say the same thing the same way.
struct RecommendationCells {
    let recommendation: Recommendation
    let today: LocalDate

    /// Days past the deadline of an outstanding recommendation (nil when not overdue).
    var daysOverdue: Int? {
        guard recommendation.status.isOutstanding, !recommendation.isVoided, let deadline = recommendation.deadline,
              deadline < today else { return nil }
        return Self.days(from: deadline, to: today)
    }

    /// The text on one line (line breaks become spaces; the table cuts it by width).
    var oneLineText: String {
        recommendation.text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    func status(_ env: AppEnvironment) -> String {
        if recommendation.isVoided { return env.text.voidedLabel }
        if let days = daysOverdue { return env.text.daysOverdue(days) }
        return recommendation.status.label(in: env.language)
    }

    /// Voided and closed ones are dimmed; overdue ones stand out.
    func style(_ theme: Theme) -> Style? {
        if recommendation.isVoided { return theme.muted }
        if daysOverdue != nil { return theme.error }
        return recommendation.status.isOutstanding ? nil : theme.muted
    }

    /// What happened to it, dated: under the list and on the form.
    func facts(_ env: AppEnvironment) -> [String] {
        let t = env.text
        var facts: [String] = []
        if let date = recommendation.rectifiedOn { facts.append(t.rectifiedOn(date.description)) }
        if let date = recommendation.recheckFailedOn { facts.append(t.recheckFailedOn(date.description)) }
        if let date = recommendation.verifiedOn { facts.append(t.closedOn(date.description)) }
        if let date = recommendation.referredOn {
            facts.append(t.referredOn(date.description, to: recommendation.referredTo ?? ""))
        }
        return facts
    }

    /// "佐证：…" when rectification evidence was noted.
    func evidence(_ env: AppEnvironment) -> String? { recommendation.evidenceNote.map(env.text.evidenceLine) }

    /// The status keys of a list or form: each enabled when Core allows the move from the
    /// selected recommendation's status (a referral also needs the deadline passed).
    static func statusBindings<Action: Hashable & Sendable>(
        for recommendation: Recommendation?, today: LocalDate, env: AppEnvironment, enabled: Bool = true,
        action: (StatusQuestion.Change) -> Action
    ) -> [KeyBinding<Action>] {
        let t = env.text
        let targets = recommendation.map { RecommendationTransition.targets(from: $0.status) } ?? []
        let overdue = recommendation?.deadline.map { $0 < today } ?? false
        return [
            KeyBinding(action(.to(.rectified)), keys: [.character("r")], help: t.keyMarkRectified,
                       isEnabled: enabled && targets.contains(.rectified)),
            KeyBinding(action(.to(.closed)), keys: [.character("v")], help: t.keyMarkClosed,
                       isEnabled: enabled && targets.contains(.closed)),
            KeyBinding(action(.to(.recheckFailed)), keys: [.character("o")], help: t.keyRecheckFailed,
                       isEnabled: enabled && targets.contains(.recheckFailed)),
            KeyBinding(action(.to(.referred)), keys: [.character("t")], help: t.keyRefer,
                       isEnabled: enabled && targets.contains(.referred) && overdue),
            KeyBinding(action(.revert), keys: [.character("u")], help: t.keyRevertStatus,
                       isEnabled: enabled && (recommendation.map { $0.status != .open } ?? false), showsInStatusBar: false),
        ]
    }

    var deadline: String { recommendation.deadline?.description ?? "—" }

    /// A visit's recommendations as its list shows them, and as the form steps through them
    /// (Ctrl-N): most urgent first, no deadline last.
    static func listOrder(_ recommendations: [Recommendation]) -> [Recommendation] {
        recommendations.sorted { a, b in
            switch (a.deadline, b.deadline) {
            case let (x?, y?) where x != y: x < y
            case (.some, nil): true
            case (nil, .some): false
            default: a.id < b.id
            }
        }
    }

    /// Whole days from `start` to `end` (negative when `end` is earlier).
    static func days(from start: LocalDate, to end: LocalDate) -> Int {
        dayNumber(end) - dayNumber(start)
    }

    /// Days since a fixed epoch in the proleptic Gregorian calendar (Fliegel–Van Flandern).
    private static func dayNumber(_ date: LocalDate) -> Int {
        let a = (14 - date.month) / 12
        let y = date.year + 4800 - a
        let m = date.month + 12 * a - 3
        return date.day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400
    }
}
