/// Rows of `fieldbook list`: flat, display-ready values, Codable for `--format json`.
public struct EnterpriseListRow: Codable, Sendable, Equatable {
    public var creditCode: String
    public var name: String
    public var district: String
    public var industry: String
    public var employees: Int?
    public var rating: IntegrityRating
    public var redList: Bool
    /// 外地企业, and where its credit code says it was registered (absent for Shiyan's own).
    public var outOfTown: Bool
    public var registeredIn: String?
    public var harmoniousTitle: HarmoniousTitle
    public var lastVisitDate: LocalDate?
    public var lastRiskLevel: RiskLevel?
    public var openRecommendations: Int
}

public struct VisitListRow: Codable, Sendable, Equatable {
    public var id: String
    public var date: LocalDate
    public var enterprise: String
    public var creditCode: String
    public var type: VisitType
    /// draft, completed, reopened (a draft that had been completed and was reopened), or voided.
    public var state: String
    /// Why it was voided (only when `state` is voided).
    public var voidReason: String?
    public var riskLevel: RiskLevel
    public var score: Double?
    public var recommendations: Int
}

public struct RecommendationListRow: Codable, Sendable, Equatable {
    public var id: String
    public var enterprise: String
    public var visitDate: LocalDate
    public var priority: RecommendationPriority
    public var status: RecommendationStatus
    public var deadline: LocalDate?
    /// Open with its deadline before today (never when voided).
    public var overdue: Bool
    /// Voided (作废), with the reason: counted nowhere.
    public var voided: Bool
    public var voidReason: String?
    public var itemCodes: [String]
    public var text: String
}
