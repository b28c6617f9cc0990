import GRDB
import Testing
@testable import FieldbookCore

/// The dashboard's overdue and due-soon counts and the follow-up counts must be answered from the
/// partial index alone: on a large database every table lookup is a random read (150 ms before
/// the first frame at 100,000 enterprises, docs/performance.md).
@Suite("Open-deadline index: dashboard counts read the index alone")
struct OpenDeadlineIndexTests {
    private static func plan(_ db: AppDatabase, _ sql: String, _ arguments: StatementArguments) throws -> String {
        try db.reader.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                .map { $0["detail"] as String }.joined(separator: "\n")
        }
    }

    @Test("Given the current schema, the overdue, due-soon and follow-up counts are covering searches of the open-deadline index")
    func countsAreCovering() throws {
        let db = try Fixtures.database()
        let today = Fixtures.today
        let outstanding = RecommendationStatus.outstandingSQL
        let queries: [(String, StatementArguments)] = [
            ("SELECT COUNT(*) FROM recommendation WHERE status IN \(outstanding) AND voidedAt IS NULL AND deadline < ?", [today]),
            ("SELECT COUNT(*) FROM recommendation WHERE status IN \(outstanding) AND voidedAt IS NULL AND deadline BETWEEN ? AND ?",
             [today, today.adding(days: AppDatabase.dueSoonDays)]),
            ("SELECT COUNT(*) FROM recommendation r WHERE r.status IN \(outstanding) AND r.voidedAt IS NULL AND 1", []),
        ]
        for (sql, arguments) in queries {
            let plan = try Self.plan(db, sql, arguments)
            #expect(plan.contains("USING COVERING INDEX recommendation_on_open_deadline"), "\(sql)\n\(plan)")
        }
    }

    @Test("Given a voided overdue recommendation, when the dashboard counts, then it is left out and the open one counted")
    func voidedRowsLeftOut() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        let earlier = try db.startVisit(enterpriseId: e.id, type: .riskScreening, date: LocalDate("2024-05-01"))
        let kept = try db.addRecommendation(visitId: earlier.id, text: "逾期未整改", priority: .high)
        let voided = try db.addRecommendation(visitId: earlier.id, text: "录入错误", priority: .high)
        try db.completeVisit(id: earlier.id)
        #expect(try db.dashboardCounts().recommendationsOverdue == 2)
        _ = try db.voidRecommendation(id: voided.id, reason: "重复录入")
        #expect(try db.dashboardCounts().recommendationsOverdue == 1)
        #expect(try db.followUps(.overdue).rows.map(\.recommendation.id) == [kept.id])
    }
}
