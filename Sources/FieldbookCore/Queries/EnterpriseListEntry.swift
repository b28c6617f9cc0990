import GRDB

/// One row of the enterprise list screen: the columns it shows, no more. Read from the sort's
/// covering index (`EnterpriseListSchema`), never from the table, so a window of the list costs
/// a few consecutive index pages however deep it is in the registry.
public struct EnterpriseListEntry: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var creditCode: String
    public var district: String
    public var outOfTown: Bool
    public var integrityRating: IntegrityRating
    public var lastVisitDate: LocalDate?
    public var lastRiskLevel: RiskLevel?
    public var openRecommendationCount: Int

    public init(_ e: Enterprise) {
        id = e.id
        name = e.name
        creditCode = e.creditCode
        district = e.district
        outOfTown = e.outOfTown
        integrityRating = e.integrityRating
        lastVisitDate = e.lastVisitDate
        lastRiskLevel = e.lastRiskLevel
        openRecommendationCount = e.openRecommendationCount
    }

    /// Where the enterprise is, as the list shows it (`Enterprise.placeLabel(in:)`).
    public func placeLabel(in language: Language) -> String {
        Enterprise.placeLabel(district: district, outOfTown: outOfTown, creditCode: creditCode, in: language)
    }

    /// What the list selects, in the order `init(row:)` reads it (by position: a page turn
    /// decodes about seventy rows, and looking each column up by name is most of that).
    static let columns: [Column] = {
        typealias C = Enterprise.Columns
        return [C.id, C.name, C.creditCode, C.district, C.outOfTown, C.integrityRating, C.lastVisitDate,
                C.lastRiskLevel, C.openRecommendationCount]
    }()
}

extension EnterpriseListEntry: FetchableRecord {
    public init(row: Row) throws {
        id = try row.decode(atIndex: 0)
        name = try row.decode(atIndex: 1)
        creditCode = try row.decode(atIndex: 2)
        district = try row.decode(atIndex: 3)
        outOfTown = try row.decode(atIndex: 4)
        integrityRating = try row.decode(atIndex: 5)
        lastVisitDate = try row.decode(atIndex: 6)
        lastRiskLevel = try row.decode(atIndex: 7)
        openRecommendationCount = try row.decode(atIndex: 8)
    }
}
