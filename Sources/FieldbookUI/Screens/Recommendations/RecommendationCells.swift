import FieldbookCore
import TerminalKit

/// How a recommendation shows in a list row: its text on one line, the status (or how overdue
/// it is) and the style that makes overdue ones stand out. Shared by the visit's list and the
/// follow-up list so both say the same thing the same way.
struct RecommendationCells {
    let recommendation: Recommendation
    let today: LocalDate

    /// Days past the deadline of an open recommendation (nil when not overdue).
    var daysOverdue: Int? {
        guard recommendation.status == .open, !recommendation.isVoided, let deadline = recommendation.deadline, deadline < today else { return nil }
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
        return recommendation.status == .open ? nil : theme.muted
    }

    var deadline: String { recommendation.deadline?.description ?? "—" }

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
