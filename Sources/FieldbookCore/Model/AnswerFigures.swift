/// The figures a non-compliant answer records where the item asks for them (the template's
/// `figures`): how many workers are affected, the amount involved in yuan, and for how many
/// months. They feed the risk floors (docs/risk-scoring.md) and the recommendation's finding.
public struct AnswerFigures: Hashable, Sendable, Codable {
    public var workers: Int?
    public var amountYuan: Int?
    public var months: Int?

    public init(workers: Int? = nil, amountYuan: Int? = nil, months: Int? = nil) {
        self.workers = workers
        self.amountYuan = amountYuan
        self.months = months
    }

    public static let none = AnswerFigures()
    public var isEmpty: Bool { workers == nil && amountYuan == nil && months == nil }
}

/// Which figure a checklist item asks for on a non-compliant answer.
public enum AnswerFigure: String, Codable, Sendable, CaseIterable, Labelled {
    case workers
    case amount
    case months

    public var label: Bilingual {
        switch self {
        case .workers: Bilingual(zh: "涉及人数", en: "workers affected")
        case .amount: Bilingual(zh: "涉及金额（元）", en: "amount (yuan)")
        case .months: Bilingual(zh: "持续月数", en: "months")
        }
    }
}
