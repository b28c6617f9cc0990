import GRDB

/// How urgent a recommendation is; it also sets the default deadline.
public enum RecommendationPriority: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible, Labelled {
    case high
    case medium
    case low

    public var label: Bilingual {
        switch self {
        case .high: Bilingual(zh: "高", en: "high")
        case .medium: Bilingual(zh: "中", en: "medium")
        case .low: Bilingual(zh: "低", en: "low")
        }
    }

    /// Days from the visit to the default rectification deadline.
    public var defaultDeadlineDays: Int {
        switch self {
        case .high: 7
        case .medium: 15
        case .low: 30
        }
    }
}
