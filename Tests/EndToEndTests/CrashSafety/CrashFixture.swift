import FieldbookCore
import FieldbookUI
import GRDB

/// The database side of the crash runs: a demo database, a fresh draft visit per run with the
/// session file pointing at its checklist, and what the database holds after a kill. Each call
/// opens and closes its own connection, so nothing of the test stays open while the app runs.
struct CrashFixture {
    let path: String

    init(path: String) throws {
        self.path = path
        let database = try AppDatabase.open(path: path)
        try database.fillDemo(language: .en)
        try database.close()
    }

    /// A new draft visit, opened on its checklist (or `screen`) at the next start, as if the user
    /// had left it there.
    func startDraft(on screen: (String) -> Route = { .checklist(visitId: $0) }) throws -> String {
        let database = try AppDatabase.open(path: path)
        defer { try? database.close() }
        let enterprise = try database.reader.read { db in
            try String.fetchOne(db, sql: "SELECT id FROM enterprise ORDER BY creditCode LIMIT 1")
        }
        let visit = try database.startVisit(enterpriseId: enterprise ?? "", type: .riskScreening)
        SessionStore(databasePath: path).save([.dashboard, screen(visit.id)])
        return visit.id
    }

    /// The visit's checklist item codes in screen order.
    func itemCodes(of visit: String) throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: """
                SELECT i.code FROM siteVisit v
                JOIN checklistSection s ON s.templateId = v.templateId AND s.templateVersion = v.templateVersion
                JOIN checklistItem i ON i.templateId = s.templateId AND i.templateVersion = s.templateVersion
                    AND i.sectionCode = s.code
                WHERE v.id = ? ORDER BY s.position, i.position
                """, arguments: [visit])
        }
    }

    struct Check {
        var integrity: [String]
        /// Item code → stored answer value.
        var answers: [String: String]
    }

    func check(visit: String, items: [String]) throws -> Check {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            var answers: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT itemCode, value FROM answer WHERE visitId = ?",
                                        arguments: [visit]) {
                answers[row["itemCode"]] = row["value"]
            }
            return Check(integrity: integrity, answers: answers)
        }
    }

    /// `PRAGMA integrity_check`, and the visit's `columns` as text (nil for NULL).
    func visitRow(_ visit: String, columns: [String]) throws -> (integrity: [String], values: [String: String]) {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let row = try Row.fetchOne(db, sql: "SELECT \(columns.joined(separator: ", ")) FROM siteVisit WHERE id = ?",
                                       arguments: [visit])
            var values: [String: String] = [:]
            for column in columns {
                switch (row?[column] as DatabaseValue?)?.storage {
                case .int64(let number)?: values[column] = String(number)
                case .string(let text)?: values[column] = text
                default: break
                }
            }
            return (integrity, values)
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        // Plain queue: opening recovers the WAL the killed process left, as the app does.
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read(body)
    }
}
