import GRDB

/// open → rectified (the enterprise fixed it) → verified (an inspector checked the fix).
public enum RecommendationStatus: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible, Labelled {
    case open
    case rectified
    case verified

    public var label: Bilingual {
        switch self {
        case .open: Bilingual(zh: "待整改", en: "open")
        case .rectified: Bilingual(zh: "已整改", en: "rectified")
        case .verified: Bilingual(zh: "已核验", en: "verified")
        }
    }
}
