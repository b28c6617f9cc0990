import GRDB

/// What a site visit is for. The raw values are what databases and bundles store, so a renamed
/// type keeps its old raw value (约谈 was stored as `interview`, 欠薪隐患排查 as `wageArrearsCheck`,
/// 和谐企业创建评价 as `harmoniousAssessment`): older data and bundles read unchanged.
/// Names in both languages follow the 2026-12 review (shared/domain/checklist-review.md §6).
public enum VisitType: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible, Labelled {
    case riskScreening
    /// 约谈: the enterprise's representative is summoned to the bureau (not a visit to the site).
    case summons = "interview"
    case mobileArbitration
    /// 政策宣讲: one briefing for many enterprises (`VisitParticipant` lists the others).
    case policyBriefing
    case wageArrearsCheck
    case harmoniousAssessment
    case complaintFollowUp
    /// 整改复查: going back to check that findings were rectified.
    case rectificationRecheck
    /// 劳动争议调解 / 矛盾排解.
    case mediation

    public var label: Bilingual {
        switch self {
        case .riskScreening: Bilingual(zh: "用工风险排查", en: "risk screening")
        case .summons: Bilingual(zh: "约谈", en: "summons")
        case .mobileArbitration: Bilingual(zh: "流动仲裁", en: "mobile arbitration")
        case .policyBriefing: Bilingual(zh: "政策宣讲", en: "policy briefing")
        case .wageArrearsCheck: Bilingual(zh: "欠薪隐患排查", en: "wage-arrears risk check")
        case .harmoniousAssessment: Bilingual(zh: "和谐企业创建评价", en: "harmonious-enterprise evaluation")
        case .complaintFollowUp: Bilingual(zh: "投诉回访", en: "complaint follow-up")
        case .rectificationRecheck: Bilingual(zh: "整改复查", en: "re-check of rectification")
        case .mediation: Bilingual(zh: "劳动争议调解", en: "labour-dispute mediation")
        }
    }

    /// Held at the bureau rather than at the enterprise: the place defaults to the bureau.
    public var isHeldAtBureau: Bool { self == .summons }

    /// Whether the enterprise's workforce figures belong to this kind of visit (a summons at the
    /// bureau and a briefing for many enterprises do not count one enterprise's staff).
    public var recordsWorkforce: Bool {
        switch self {
        case .summons, .policyBriefing, .mediation: false
        default: true
        }
    }
}
