import GRDB

/// The highest "harmonious labour relations enterprise" (和谐劳动关系企业) title an enterprise holds.
public enum HarmoniousTitle: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible, Labelled {
    case none
    case city
    case provincial
    case national

    public var label: Bilingual {
        switch self {
        case .none: Bilingual(zh: "无", en: "none")
        case .city: Bilingual(zh: "市级", en: "city")
        case .provincial: Bilingual(zh: "省级", en: "provincial")
        case .national: Bilingual(zh: "全国", en: "national")
        }
    }
}
