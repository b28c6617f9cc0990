import GRDB

/// Recomputes an enterprise's denormalised summary from its visits and recommendations.
/// Called in the same transaction as every write that can change it. The last visit is the
/// latest *completed* one: a draft's risk is partial until the visit is completed.
package enum EnterpriseSummary {
    package static func refresh(enterpriseId: String, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE enterprise SET
              lastVisitDate = (SELECT date FROM siteVisit
                               WHERE enterpriseId = :id AND status = 'completed'
                               ORDER BY date DESC, startTime DESC LIMIT 1),
              lastRiskLevel = (SELECT riskLevel FROM siteVisit
                               WHERE enterpriseId = :id AND status = 'completed'
                               ORDER BY date DESC, startTime DESC LIMIT 1),
              openRecommendationCount = (SELECT COUNT(*) FROM recommendation
                                         WHERE enterpriseId = :id AND status = 'open')
            WHERE id = :id
            """, arguments: ["id": enterpriseId])
    }
}
