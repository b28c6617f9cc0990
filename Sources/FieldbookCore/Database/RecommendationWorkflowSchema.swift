import GRDB

/// `recommendation-workflow-v1`: the recommendation status workflow (docs/domain-model.md).
/// - `status` takes `recheckFailed` and `referred`, and `verified` is renamed `closed`
///   (已核验 → 已复查销号): rows are rewritten, the audit trail keeps the words of its day;
/// - the evidence note, the date of a failed re-check and the referral (to whom, when) are new
///   columns, empty on existing rows;
/// - the partial index of open deadlines covers every outstanding status.
///
/// SQLite cannot change a CHECK constraint in place, so the table is rebuilt the way SQLite
/// documents (new table, copy, drop, rename, indexes). The new table is made from the stored
/// CREATE statement with only the status list replaced, so columns another migration added
/// before this one (other work adds some in the same season) are kept as they are. Foreign keys
/// are checked once at the end (GRDB's deferred checks), which SQLite's procedure requires.
enum RecommendationWorkflowSchema {
    static let oldStatuses = "'open', 'rectified', 'verified'"
    static let newStatuses = "'open', 'rectified', 'recheckFailed', 'closed', 'referred'"

    static func migrate(_ db: Database) throws {
        guard let create = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'recommendation'"),
              create.components(separatedBy: oldStatuses).count == 2 else {
            throw DatabaseError(message: "recommendation-workflow-v1: the recommendation table is not the one v1 made")
        }
        let indexes = try String.fetchAll(db, sql: """
            SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'recommendation' AND sql IS NOT NULL
            """)
        let columns = try db.columns(in: "recommendation").map { "\"\($0.name)\"" }.joined(separator: ", ")
        let rebuilt = create.replacingOccurrences(of: oldStatuses, with: newStatuses)
            .replacingOccurrences(of: "CREATE TABLE \"recommendation\"", with: "CREATE TABLE \"recommendation_rebuilt\"")
        guard rebuilt.hasPrefix("CREATE TABLE \"recommendation_rebuilt\"") else {
            throw DatabaseError(message: "recommendation-workflow-v1: unexpected CREATE statement")
        }
        try db.execute(sql: rebuilt)
        try db.execute(sql: """
            INSERT INTO recommendation_rebuilt (\(columns))
            SELECT \(columns.replacingOccurrences(of: "\"status\"", with: "CASE status WHEN 'verified' THEN 'closed' ELSE status END"))
            FROM recommendation
            """)
        try db.execute(sql: "DROP TABLE recommendation")
        try db.execute(sql: "ALTER TABLE recommendation_rebuilt RENAME TO recommendation")
        for sql in indexes {
            try db.execute(sql: sql.replacingOccurrences(of: "\"status\" = 'open'",
                                                        with: "\"status\" IN \(RecommendationStatus.outstandingSQL)"))
        }
        try db.alter(table: "recommendation") { t in
            t.add(column: "evidenceNote", .text)
            t.add(column: "recheckFailedOn", .text)
            t.add(column: "referredTo", .text)
            t.add(column: "referredOn", .text)
        }
    }
}
