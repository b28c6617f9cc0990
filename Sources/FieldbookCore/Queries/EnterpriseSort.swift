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

    /// The columns the list is ordered by, all in one direction, the last one unique; none is
    /// ever NULL, so a row's position can be sought by comparing them as a row value.
    var keyColumns: [Column] {
        typealias C = Enterprise.Columns
        switch self {
        case .name: return [C.namePinyin, C.id]
        case .lastVisit: return [C.lastVisitKey, C.id]
        case .risk: return [C.lastRiskRank, C.lastVisitKey, C.id]
        case .creditCode: return [C.creditCode]
        }
    }

    /// Most recent and riskiest come first.
    var isDescending: Bool { self == .lastVisit || self == .risk }

    var ordering: [any SQLOrderingTerm] { ordering(reversed: false) }

    func ordering(reversed: Bool) -> [any SQLOrderingTerm] {
        keyColumns.map { isDescending != reversed ? $0.desc : $0.asc }
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
