import FieldbookCore
import GRDB

/// What must hold in a Fieldbook database whatever the user pressed: SQLite's own checks, and the
/// rules the stores keep (revisions, answers belong to visits, completed visits stay as they were
/// unless reopened).
struct DatabaseInvariants {
    /// Each completed visit's row and answers as text, with how often it had been reopened.
    struct CompletedVisits: Equatable {
        var rows: [String: String]
        var reopenings: [String: Int]
    }

    let database: AppDatabase

    /// Every violation found, as one readable line each (empty when all hold).
    func violations(since before: CompletedVisits) throws -> [String] {
        try database.reader.read { db in
            var found: [String] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { found.append("integrity_check: \(integrity.joined(separator: "; "))") }
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            if !foreignKeys.isEmpty { found.append("foreign_key_check: \(foreignKeys)") }
            let orphans = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM answer WHERE visitId NOT IN (SELECT id FROM siteVisit)
                """) ?? 0
            if orphans > 0 { found.append("\(orphans) answers without their visit") }
            for table in ["enterprise", "siteVisit", "answer", "recommendation", "auditEvent"] {
                let bad = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE revision < 1") ?? 0
                if bad > 0 { found.append("\(bad) \(table) rows with revision < 1") }
            }
            let after = try Self.completedVisits(db)
            for (id, row) in before.rows where after.reopenings[id, default: 0] == before.reopenings[id, default: 0] {
                if after.rows[id] != row { found.append("completed visit \(id) changed without being reopened") }
            }
            return found
        }
    }

    func completedVisits() throws -> CompletedVisits {
        try database.reader.read(Self.completedVisits)
    }

    private static func completedVisits(_ db: Database) throws -> CompletedVisits {
        var rows: [String: String] = [:]
        for visit in try Row.fetchAll(db, sql: "SELECT * FROM siteVisit WHERE status = 'completed'") {
            let id: String = visit["id"]
            let answers = try Row.fetchAll(db, sql: "SELECT * FROM answer WHERE visitId = ? ORDER BY itemCode",
                                           arguments: [id])
            rows[id] = visit.description + answers.map(\.description).joined()
        }
        var reopenings: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT recordId, count(*) AS n FROM auditEvent
            WHERE recordType = 'siteVisit' AND field = 'reopenReason' GROUP BY recordId
            """) {
            let id: String = row["recordId"]
            let count: Int = row["n"]
            reopenings[id] = count
        }
        return CompletedVisits(rows: rows, reopenings: reopenings)
    }
}
