import GRDB

/// The risk level of a visit (see docs/risk-scoring.md). Ordered from no assessment to major.
public enum RiskLevel: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible, Comparable, Labelled {
    case notAssessed
    case low
    case medium
    case high
    case major

    /// 0 for not assessed, then 1...4; the database sorts and filters on the same ranks.
    public var rank: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rank < rhs.rank }

    public var label: Bilingual {
        switch self {
        case .notAssessed: Bilingual(zh: "未评估", en: "not assessed")
        case .low: Bilingual(zh: "低风险", en: "low")
        case .medium: Bilingual(zh: "中风险", en: "medium")
        case .high: Bilingual(zh: "高风险", en: "high")
        case .major: Bilingual(zh: "重大风险", en: "major")
        }
    }
}
