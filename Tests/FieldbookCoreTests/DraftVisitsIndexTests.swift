import GRDB
import Testing
@testable import FieldbookCore

/// The dashboard's drafts count must be answered from the drafts index alone, and its list read
/// in date order from it: on a large database every table lookup is a random read
/// (docs/performance.md, issue #20 part 5).
@Suite("Drafts index: the dashboard's drafts count reads the index alone")
struct DraftVisitsIndexTests {
    private static func plan(_ db: AppDatabase, _ sql: String) throws -> String {
        try db.reader.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }.joined(separator: "\n")
        }
    }

    @Test("Given the current schema, the drafts count is a covering search and the list needs no sort")
    func countIsCovering() throws {
        let db = try Fixtures.database()
        let count = try Self.plan(db, "SELECT COUNT(*) FROM siteVisit WHERE status = 'draft' AND voidedAt IS NULL")
        #expect(count.contains("USING COVERING INDEX siteVisit_on_drafts"), "\(count)")
        let list = try Self.plan(db, """
            SELECT v.id FROM siteVisit v JOIN enterprise e ON e.id = v.enterpriseId
            WHERE v.status = 'draft' AND v.voidedAt IS NULL ORDER BY v.date DESC LIMIT 20
            """)
        #expect(list.contains("siteVisit_on_drafts") && !list.contains("TEMP B-TREE"), "\(list)")
    }

    @Test("Given a voided draft, when the dashboard counts drafts, then it is left out and the others counted and listed newest first")
    func voidedDraftsLeftOut() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        let older = try db.startVisit(enterpriseId: e.id, type: .riskScreening, date: LocalDate("2024-05-01"))
        let newer = try db.startVisit(enterpriseId: e.id, type: .riskScreening, date: LocalDate("2024-05-10"))
        let mistaken = try db.startVisit(enterpriseId: e.id, type: .riskScreening, date: LocalDate("2024-05-12"))
        #expect(try db.dashboard().draftCount == 3)
        _ = try db.voidVisit(id: mistaken.id, reason: "录入错误")
        let dashboard = try db.dashboard()
        #expect(dashboard.draftCount == 2)
        #expect(dashboard.drafts.map(\.id) == [newer.id, older.id])
    }
}
