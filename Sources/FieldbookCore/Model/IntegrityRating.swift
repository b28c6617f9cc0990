import GRDB

/// The national labour-security integrity grade (企业劳动保障守法诚信等级, 2017 scheme).
public enum IntegrityRating: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible, Labelled {
    case a = "A"
    case b = "B"
    case c = "C"
    case none

    public var label: Bilingual {
        switch self {
        case .a: Bilingual(zh: "A级", en: "A")
        case .b: Bilingual(zh: "B级", en: "B")
        case .c: Bilingual(zh: "C级", en: "C")
        case .none: Bilingual(zh: "未评级", en: "not rated")
        }
    }
}
