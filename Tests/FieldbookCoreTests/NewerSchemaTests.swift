import Foundation
import GRDB
import Testing
@testable import FieldbookCore

@Suite("A database from a newer Fieldbook")
struct NewerSchemaTests {
    @Test("Given a migration this version does not know, when opened, then it is refused and nothing is written")
    func refusesNewerSchema() throws {
        let queue = try DatabaseQueue()
        _ = try AppDatabase(queue)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v98'), ('v99')") }
        let tables = try queue.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master ORDER BY name") }
        #expect(throws: CoreError.newerSchema(unknown: ["v98", "v99"])) { _ = try AppDatabase(queue) }
        #expect(try queue.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master ORDER BY name") } == tables)
        // The laptop's own migrations, sync tables included, are not "newer".
        try queue.write { try $0.execute(sql: "DELETE FROM grdb_migrations WHERE identifier IN ('v98', 'v99')") }
        _ = try AppDatabase(queue)
        let message = CoreError.newerSchema(unknown: ["v98"]).message(in: .zh)
        #expect(message.contains("更新版本") && !message.contains("\n"))
    }
}
