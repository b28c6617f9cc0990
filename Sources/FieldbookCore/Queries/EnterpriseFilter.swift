import GRDB

/// Filters of the enterprise list; nil means "any".
public struct EnterpriseFilter: Sendable, Hashable {
    public var district: String?
    /// 外地企业 only (true) or Shiyan's only (false).
    public var outOfTown: Bool?
    public var rating: IntegrityRating?
    public var redList: Bool?
    public var hasOpenRecommendations: Bool?
    /// Risk levels of the last completed visit; `.notAssessed` also matches never visited.
    public var lastRiskLevels: Set<RiskLevel>?

    public init(district: String? = nil, outOfTown: Bool? = nil, rating: IntegrityRating? = nil, redList: Bool? = nil,
                hasOpenRecommendations: Bool? = nil, lastRiskLevels: Set<RiskLevel>? = nil) {
        self.district = district
        self.outOfTown = outOfTown
        self.rating = rating
        self.redList = redList
        self.hasOpenRecommendations = hasOpenRecommendations
        self.lastRiskLevels = lastRiskLevels
    }

    public static let none = EnterpriseFilter()

    /// The condition on table `enterprise` (nil when nothing is filtered).
    var predicate: SQLExpression? {
        typealias C = Enterprise.Columns
        var terms: [SQLExpression] = []
        if let district { terms.append(C.district == district) }
        if let outOfTown { terms.append(C.outOfTown == outOfTown) }
        if let rating { terms.append(C.integrityRating == rating) }
        if let redList { terms.append(C.redList == redList) }
        if let hasOpenRecommendations {
            terms.append(hasOpenRecommendations ? C.openRecommendationCount > 0 : C.openRecommendationCount == 0)
        }
        if let lastRiskLevels { terms.append(lastRiskLevels.map(\.rank).contains(C.lastRiskRank)) }
        return terms.isEmpty ? nil : terms.joined(operator: .and)
    }
}
