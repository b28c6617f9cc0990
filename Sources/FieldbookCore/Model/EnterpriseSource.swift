import GRDB

/// Where an enterprise record came from: the bureau's registry, or added by an inspector in the field.
public enum EnterpriseSource: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible, Labelled {
    case registry
    case field

    public var label: Bilingual {
        switch self {
        case .registry: Bilingual(zh: "名录", en: "registry")
        case .field: Bilingual(zh: "现场新增", en: "added in the field")
        }
    }
}
