import GRDB

/// Where a recommendation stands (docs/domain-model.md has the state diagram):
/// open (待整改) → rectified (已整改: the enterprise reports it fixed) → closed (已复查销号: an
/// inspector re-checked the fix, with evidence); a re-check that finds it not fixed →
/// recheckFailed (复查不合格: outstanding again, with a new deadline); still not fixed after the
/// deadline → referred (逾期未整改→移交: handed to another body, e.g. labour inspection for case
/// filing). `RecommendationTransition` holds which moves are allowed.
public enum RecommendationStatus: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible, Labelled {
    case open
    case rectified
    case recheckFailed
    case closed
    case referred

    /// The stored value of `closed` before it was renamed (已核验 → 已复查销号, December 2026):
    /// databases are migrated, and bundles, packs and conflict copies written before still read.
    public static let legacyValues: [String: RecommendationStatus] = ["verified": .closed]

    /// A status from its stored text, old names included.
    public static func parse(_ text: String) -> RecommendationStatus? {
        RecommendationStatus(rawValue: text) ?? legacyValues[text]
    }

    /// Still to be rectified by the enterprise: counted as open and as overdue past the deadline.
    public var isOutstanding: Bool { self == .open || self == .recheckFailed }

    /// The same set in SQL (`status IN (…)`), for the queries that count open recommendations.
    public static let outstandingSQL = "('open', 'recheckFailed')"

    public var label: Bilingual {
        switch self {
        case .open: Bilingual(zh: "待整改", en: "open")
        case .rectified: Bilingual(zh: "已整改", en: "rectified")
        case .recheckFailed: Bilingual(zh: "复查不合格", en: "re-check failed")
        case .closed: Bilingual(zh: "已复查销号", en: "closed")
        case .referred: Bilingual(zh: "逾期已移交", en: "referred")
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let status = Self.parse(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "unknown recommendation status \(text)"))
        }
        self = status
    }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> RecommendationStatus? {
        String.fromDatabaseValue(dbValue).flatMap(parse)
    }
}
