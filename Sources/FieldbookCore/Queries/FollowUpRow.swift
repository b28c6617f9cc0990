import GRDB

/// An open recommendation in the follow-up list, with its enterprise's name.
public struct FollowUpRow: Decodable, Sendable, Hashable, FetchableRecord {
    public var recommendation: Recommendation
    public var enterpriseName: String

    public init(row: Row) throws {
        recommendation = try Recommendation(row: row)
        enterpriseName = row["enterpriseName"]
    }
}

/// Which open recommendations the follow-up list shows.
public enum FollowUpScope: String, Sendable, CaseIterable, Labelled {
    /// Deadline passed.
    case overdue
    /// Deadline from today to `AppDatabase.dueSoonDays` ahead.
    case dueSoon
    /// Every open recommendation, earliest deadline first.
    case allOpen

    public var label: Bilingual {
        switch self {
        case .overdue: Bilingual(zh: "已逾期", en: "overdue")
        case .dueSoon: Bilingual(zh: "即将到期", en: "due soon")
        case .allOpen: Bilingual(zh: "全部待整改", en: "all open")
        }
    }
}
