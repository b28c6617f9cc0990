import GRDB

/// Recomputes an enterprise's denormalised summary from its visits and recommendations.
/// Called in the same transaction as every write that can change it, on the laptop and at
/// headquarters alike. The last visit is the latest *completed* one: a draft's risk is partial
/// until the visit is completed. The risk level is that of the latest completed visit that was
/// *assessed*: a follow-up or briefing without answers does not reset the enterprise to 未评估;
/// the level lasts until the enterprise is reassessed or findings of that visit are verified
/// rectified (`RectifiedRisk`, docs/risk-scoring.md). Voided visits and recommendations count for
/// nothing (docs/domain-model.md, "Deleting and voiding"). The order (date, start time, id) is the
/// one headquarters' reports use, so both pick the same visit. Open recommendations are the
/// outstanding ones (open or re-check failed).
package enum EnterpriseSummary {
    /// Through cached statements: HQ refreshes the enterprises of every bundle it imports, and
    /// preparing these two queries each time was most of the refresh (docs/performance.md).
    package static func refresh(enterpriseId: String, _ db: Database) throws {
        try db.cachedStatement(sql: """
            UPDATE enterprise SET
              lastVisitDate = (SELECT date FROM siteVisit
                               WHERE enterpriseId = :id AND status = 'completed' AND voidedAt IS NULL
                               ORDER BY date DESC, startTime DESC, id DESC LIMIT 1),
              lastRiskLevel = (SELECT riskLevel FROM siteVisit
                               WHERE enterpriseId = :id AND status = 'completed' AND riskLevel != 'notAssessed'
                                 AND voidedAt IS NULL
                               ORDER BY date DESC, startTime DESC, id DESC LIMIT 1),
              openRecommendationCount = (SELECT COUNT(*) FROM recommendation
                                         WHERE enterpriseId = :id AND status IN \(RecommendationStatus.outstandingSQL) AND voidedAt IS NULL)
            WHERE id = :id
            """).execute(arguments: ["id": enterpriseId])
        try applyRectification(enterpriseId: enterpriseId, db)
    }

    /// Lowers `lastRiskLevel` when findings of the visit it comes from are verified rectified.
    /// Most enterprises have no closed recommendation on that visit: one indexed query says so.
    package static func applyRectification(enterpriseId: String, _ db: Database) throws {
        var templates: [String: [ChecklistItem]] = [:]
        try applyRectification(enterpriseId: enterpriseId, templates: &templates, db)
    }

    package static func applyRectification(enterpriseId: String, templates: inout [String: [ChecklistItem]],
                                           _ db: Database) throws {
        // Cached statements and four columns, not a decoded `SiteVisit`: a bulk refresh runs this
        // for tens of thousands of enterprises (docs/performance.md, demo-data).
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT v.id, v.templateId, v.templateVersion, v.employees FROM siteVisit v
            WHERE v.enterpriseId = ? AND v.status = 'completed' AND v.riskLevel != 'notAssessed'
              AND EXISTS (SELECT 1 FROM recommendation r WHERE r.visitId = v.id AND r.status = 'closed'
                          AND r.voidedAt IS NULL)
              AND v.id = (SELECT id FROM siteVisit WHERE enterpriseId = v.enterpriseId AND status = 'completed'
                          AND riskLevel != 'notAssessed' AND voidedAt IS NULL
                          ORDER BY date DESC, startTime DESC, id DESC LIMIT 1)
            """), arguments: [enterpriseId]) else { return }
        let visit = RectifiedRisk.Subject(visitId: row[0], templateId: row[1], templateVersion: row[2], employees: row[3])
        guard let level = try RectifiedRisk.level(of: visit, templates: &templates, db) else { return }
        try db.cachedStatement(sql: "UPDATE enterprise SET lastRiskLevel = ? WHERE id = ?")
            .execute(arguments: [level, enterpriseId])
    }
}
