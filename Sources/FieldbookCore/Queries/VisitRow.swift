import GRDB

/// A visit as lists show it: the visit's key fields and its enterprise's name.
public struct VisitRow: Sendable, Hashable, FetchableRecord {
    public var id: String
    public var enterpriseId: String
    public var enterpriseName: String
    public var date: LocalDate
    public var startTime: TimeOfDay?
    public var type: VisitType
    public var status: VisitStatus
    public var score: Double?
    public var riskLevel: RiskLevel

    /// Columns to select, with `enterprise` joined as `e` and the visit as `v`, in the order
    /// `init(row:)` reads them.
    static let selection = """
        v.id, v.enterpriseId, e.name AS enterpriseName, v.date, v.startTime, v.type, v.status, v.score, v.riskLevel
        """

    /// Read column by column, by position in `selection`: the dashboard reads these before its
    /// first frame, and GRDB's Codable row decoding cost more than the queries there (the Swift
    /// runtime's type and conformance look-ups at their first use, docs/performance.md). A bad
    /// value still throws, as the Codable path did.
    public init(row: Row) throws {
        id = try row.decode(atIndex: 0)
        enterpriseId = try row.decode(atIndex: 1)
        enterpriseName = try row.decode(atIndex: 2)
        date = try row.decode(atIndex: 3)
        startTime = try row.decode(atIndex: 4)
        type = try row.decode(atIndex: 5)
        status = try row.decode(atIndex: 6)
        score = try row.decode(atIndex: 7)
        riskLevel = try row.decode(atIndex: 8)
    }
}
