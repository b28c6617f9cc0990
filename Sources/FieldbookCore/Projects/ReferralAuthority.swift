/// Where a hazard outside labour relations goes (review section 2: "a referral field for hazards
/// outside labour relations"): occupational-disease hazards to the health authority, work-safety
/// hazards to emergency management, anything else to the authority the note names. A labour
/// inspector has no power over them, but must not walk past them either.
public enum ReferralAuthority: String, Codable, Sendable, CaseIterable, Hashable, Labelled {
    /// 职业病危害 → 卫生健康主管部门.
    case health
    /// 安全生产隐患 → 应急管理部门.
    case emergencyManagement
    /// Another authority (市场监管、住建、消防…), named in the note.
    case other

    public var label: Bilingual {
        switch self {
        case .health: Bilingual(zh: "卫生健康主管部门（职业病危害）", en: "health authority (occupational disease)")
        case .emergencyManagement: Bilingual(zh: "应急管理部门（安全生产）", en: "emergency management (work safety)")
        case .other: Bilingual(zh: "其他主管部门", en: "another authority")
        }
    }

    /// The authority as a notice names it ("卫生健康主管部门").
    public var authority: Bilingual {
        switch self {
        case .health: Bilingual(zh: "卫生健康主管部门", en: "the health authority")
        case .emergencyManagement: Bilingual(zh: "应急管理部门", en: "the emergency-management authority")
        case .other: Bilingual(zh: "有关主管部门", en: "the competent authority")
        }
    }
}
