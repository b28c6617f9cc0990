import GRDB

/// Orders of the enterprise list. Each has an index ending in `id`, so pages are stable.
public enum EnterpriseSort: String, Sendable, CaseIterable, Labelled {
    /// By name in pinyin order.
    case name
    /// Most recently visited first; never visited last.
    case lastVisit
    /// Highest last-visit risk first, then most recent.
    case risk
    case creditCode

    var ordering: [any SQLOrderingTerm] {
        typealias C = Enterprise.Columns
        switch self {
        case .name: return [C.namePinyin, C.id]
        case .lastVisit: return [C.lastVisitDate.desc, C.id.desc]
        case .risk: return [C.lastRiskRank.desc, C.lastVisitDate.desc, C.id.desc]
        case .creditCode: return [C.creditCode]
        }
    }

    public var label: Bilingual {
        switch self {
        case .name: Bilingual(zh: "名称", en: "name")
        case .lastVisit: Bilingual(zh: "最近走访", en: "last visit")
        case .risk: Bilingual(zh: "风险等级", en: "risk level")
        case .creditCode: Bilingual(zh: "信用代码", en: "credit code")
        }
    }
}
