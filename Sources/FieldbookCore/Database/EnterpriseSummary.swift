import GRDB

/// Recomputes an enterprise's denormalised summary from its visits and recommendations.
/// Called in the same transaction as every write that can change it, on the laptop and at
/// headquarters alike. The last visit is the latest *completed* one: a draft's risk is partial
/// until the visit is completed. The risk level is that of the latest completed visit that was
/// *assessed*: a follow-up or briefing without answers does not reset the enterprise to 未评估;
/// the level lasts until the enterprise is reassessed (docs/risk-scoring.md). Voided visits and
/// recommendations count for nothing (docs/domain-model.md, "Deleting and voiding"). The order (date,
/// start time, id) is the one headquarters' reports use, so both pick the same visit.
package enum EnterpriseSummary {
    package static func refresh(enterpriseId: String, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE enterprise SET
              lastVisitDate = (SELECT date FROM siteVisit
                               WHERE enterpriseId = :id AND status = 'completed' AND voidedAt IS NULL
                               ORDER BY date DESC, startTime DESC, id DESC LIMIT 1),
              lastRiskLevel = (SELECT riskLevel FROM siteVisit
                               WHERE enterpriseId = :id AND status = 'completed' AND riskLevel != 'notAssessed'
                                 AND voidedAt IS NULL
                               ORDER BY date DESC, startTime DESC, id DESC LIMIT 1),
              openRecommendationCount = (SELECT COUNT(*) FROM recommendation
                                         WHERE enterpriseId = :id AND status = 'open' AND voidedAt IS NULL)
            WHERE id = :id
            """, arguments: ["id": enterpriseId])
    }
}
