import GRDB

/// What shows a recommendation was fixed (整改佐证) before it is closed (已复查销号): either the
/// note on the recommendation (`Recommendation.evidenceNote`) or a file attached to it.
///
/// Attachments are a separate piece of work (issue #18). Until their table exists this counts
/// none; once an `attachment` table with a `recommendationId` column exists (the layout #18
/// proposes: a file attached to a visit, an answer or a recommendation), its rows attached to the
/// recommendation and not detached count as evidence, so either satisfies the rule without
/// changing the workflow. One place to adjust if that table is shaped differently.
package enum RectificationEvidence {
    package static func attachmentCount(recommendationId: String, _ db: Database) throws -> Int {
        guard try db.tableExists("attachment") else { return 0 }
        let columns = Set(try db.columns(in: "attachment").map(\.name))
        guard columns.contains("recommendationId") else { return 0 }
        let live = columns.contains("detachedAt") ? " AND detachedAt IS NULL" : ""
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attachment WHERE recommendationId = ?" + live,
                                arguments: [recommendationId]) ?? 0
    }
}
