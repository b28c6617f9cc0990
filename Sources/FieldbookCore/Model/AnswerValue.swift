import GRDB

/// The finding for one checklist item.
public enum AnswerValue: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible, Labelled {
    case compliant
    case nonCompliant
    case notApplicable
    case unanswered

    public var label: Bilingual {
        switch self {
        case .compliant: Bilingual(zh: "符合", en: "compliant")
        case .nonCompliant: Bilingual(zh: "不符合", en: "non-compliant")
        case .notApplicable: Bilingual(zh: "不适用", en: "not applicable")
        case .unanswered: Bilingual(zh: "未查", en: "not checked")
        }
    }
}
