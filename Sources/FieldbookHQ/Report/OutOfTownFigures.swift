/// The period's work with enterprises registered outside Shiyan (外地企业): the reply counts the
/// bureau's opinions on them apart ("对外地企业作出意见3925次", DOMAIN.md).
public struct OutOfTownFigures: Sendable, Equatable {
    public var visits = 0
    public var enterprisesVisited = 0
    /// Recommendations (意见建议) made in the period to out-of-town enterprises, not voided.
    public var recommendationsMade = 0

    public init(visits: Int = 0, enterprisesVisited: Int = 0, recommendationsMade: Int = 0) {
        self.visits = visits
        self.enterprisesVisited = enterprisesVisited
        self.recommendationsMade = recommendationsMade
    }
}
