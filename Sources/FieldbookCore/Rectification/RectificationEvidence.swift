import GRDB

/// What shows a recommendation was fixed (整改佐证) before it is closed (已复查销号): either the
/// note on the recommendation (`Recommendation.evidenceNote`) or a file attached to it and not
/// detached (`attachment.recommendationId`, docs/attachments.md).
package enum RectificationEvidence {
    package static func attachmentCount(recommendationId: String, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attachment WHERE recommendationId = ? AND detachedAt IS NULL",
                         arguments: [recommendationId]) ?? 0
    }
}
