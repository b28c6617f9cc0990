/// The party a construction duty falls on (保障农民工工资支付条例): the project owner (建设单位),
/// the general contractor (施工总承包单位) or a subcontractor (分包单位). A checklist item names
/// the parties it binds (`binds` in the template, docs/checklist-format.md).
public enum ProjectParty: String, Codable, Sendable, CaseIterable, Hashable, Labelled {
    case owner
    case generalContractor
    case subcontractor

    public var label: Bilingual {
        switch self {
        case .owner: Bilingual(zh: "建设单位", en: "project owner")
        case .generalContractor: Bilingual(zh: "施工总承包单位", en: "general contractor")
        case .subcontractor: Bilingual(zh: "分包单位", en: "subcontractor")
        }
    }
}

/// Who a dispatch duty falls on (劳务派遣暂行规定): the user firm (用工单位) that uses dispatched
/// workers, or the dispatch agency (劳务派遣单位) that employs and sends them. The 10% limit
/// binds the user firm only.
public enum DispatchParty: String, Codable, Sendable, CaseIterable, Hashable, Labelled {
    case userFirm
    case dispatchAgency

    public var label: Bilingual {
        switch self {
        case .userFirm: Bilingual(zh: "用工单位", en: "user firm")
        case .dispatchAgency: Bilingual(zh: "劳务派遣单位", en: "dispatch agency")
        }
    }
}

/// A party an item may bind: one of a project's or one of a dispatch arrangement's.
public enum DutyHolder: String, Codable, Sendable, CaseIterable, Hashable, Labelled {
    case owner, generalContractor, subcontractor, userFirm, dispatchAgency

    public init(_ party: ProjectParty) { self = DutyHolder(rawValue: party.rawValue)! }
    public init(_ party: DispatchParty) { self = DutyHolder(rawValue: party.rawValue)! }

    /// The construction parties and the dispatch parties are separate questions: an item is
    /// judged on each for which the visit knows the visited enterprise's role.
    public var isConstruction: Bool { self == .owner || self == .generalContractor || self == .subcontractor }

    public var label: Bilingual {
        switch self {
        case .owner, .generalContractor, .subcontractor: ProjectParty(rawValue: rawValue)!.label
        case .userFirm, .dispatchAgency: DispatchParty(rawValue: rawValue)!.label
        }
    }
}
