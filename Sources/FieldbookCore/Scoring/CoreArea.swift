/// The three core obligations of an employer. Failures in two of them at one visit mean the
/// enterprise's employment is not managed at all, not one lapse: floor F2 (docs/risk-scoring.md).
public enum CoreArea: String, Codable, Sendable, CaseIterable, Labelled {
    case contracts
    case wages
    case socialInsurance

    public var label: Bilingual {
        switch self {
        case .contracts: Bilingual(zh: "劳动合同", en: "contracts")
        case .wages: Bilingual(zh: "工资支付", en: "wages")
        case .socialInsurance: Bilingual(zh: "社会保险", en: "social insurance")
        }
    }

    /// The area of a section when the item does not name one: LC, WG and SI are the sections of
    /// the reference checklist (both versions).
    public static func ofSection(_ code: String) -> CoreArea? {
        switch code {
        case "LC": .contracts
        case "WG": .wages
        case "SI": .socialInsurance
        default: nil
        }
    }
}
