import GRDB

/// `open-deadline-index-v2`: the partial index that serves the dashboard's overdue and due-soon
/// counts and the follow-up lists also leaves out voided recommendations.
///
/// The index made by `recommendation-workflow-v1` held every outstanding row, voided or not, so
/// each count had to read the table row behind every index entry to test `voidedAt IS NULL`.
/// On 100,000 enterprises / 200,000 visits that was 65,065 random reads in a 2.9 GB file and
/// 150 ms before the first frame (docs/performance.md, "Quiet machine, end of session 6"). With
/// the condition in the index, the counts read the index alone (a covering search).
///
/// The condition is written the way the queries write theirs (`status IN (...) AND voidedAt IS
/// NULL`), because SQLite uses a partial index only when every term of its WHERE appears in the
/// query's WHERE. `status` and `voidedAt` are also columns of the index: SQLite's planner counts
/// an index as covering only when it holds every column the query names, the WHERE's included,
/// and without them it still read each row from the table (3.40; tested by OpenDeadlineIndexTests).
enum OpenDeadlineIndexSchema {
    static let name = "recommendation_on_open_deadline"

    static var condition: String {
        "status IN \(RecommendationStatus.outstandingSQL) AND voidedAt IS NULL"
    }

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            DROP INDEX IF EXISTS \(name);
            CREATE INDEX \(name) ON recommendation(deadline, id, status, voidedAt) WHERE \(condition);
            """)
    }
}
