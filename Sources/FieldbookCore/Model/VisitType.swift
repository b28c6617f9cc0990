import GRDB

/// What a site visit is for.
public enum VisitType: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible, Labelled {
    case riskScreening
    case interview
    case mobileArbitration
    case policyBriefing
    case wageArrearsCheck
    case harmoniousAssessment
    case complaintFollowUp

    public var label: Bilingual {
        switch self {
        case .riskScreening: Bilingual(zh: "用工风险排查", en: "risk screening")
        case .interview: Bilingual(zh: "约谈", en: "interview")
        case .mobileArbitration: Bilingual(zh: "流动仲裁", en: "mobile arbitration")
        case .policyBriefing: Bilingual(zh: "政策宣讲", en: "policy briefing")
        case .wageArrearsCheck: Bilingual(zh: "欠薪检查", en: "wage-arrears check")
        case .harmoniousAssessment: Bilingual(zh: "和谐企业评估", en: "harmonious-enterprise assessment")
        case .complaintFollowUp: Bilingual(zh: "投诉回访", en: "complaint follow-up")
        }
    }
}
