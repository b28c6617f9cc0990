import GRDB

/// Recomputes an enterprise's summary columns at HQ after a merge touched its visits or
/// recommendations (the same rule as core's: the latest completed visit, open recommendations).
enum HQEnterpriseSummary {
    static func refresh(enterpriseId: String, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE enterprise SET
              lastVisitDate = (SELECT date FROM siteVisit WHERE enterpriseId = :id AND status = 'completed'
                               ORDER BY date DESC, startTime DESC LIMIT 1),
              lastRiskLevel = (SELECT riskLevel FROM siteVisit WHERE enterpriseId = :id AND status = 'completed'
                               ORDER BY date DESC, startTime DESC LIMIT 1),
              openRecommendationCount = (SELECT COUNT(*) FROM recommendation WHERE enterpriseId = :id AND status = 'open')
            WHERE id = :id
            """, arguments: ["id": enterpriseId])
    }
}
