import GRDB

/// A visit as lists show it: the visit's key fields and its enterprise's name.
public struct VisitRow: Decodable, Sendable, Hashable, FetchableRecord {
    public var id: String
    public var enterpriseId: String
    public var enterpriseName: String
    public var date: LocalDate
    public var startTime: TimeOfDay?
    public var type: VisitType
    public var status: VisitStatus
    public var score: Double?
    public var riskLevel: RiskLevel

    /// Columns to select, with `enterprise` joined as `e` and the visit as `v`.
    static let selection = """
        v.id, v.enterpriseId, e.name AS enterpriseName, v.date, v.startTime, v.type, v.status, v.score, v.riskLevel
        """
}
