import Foundation
import GRDB
import Testing
@testable import FieldbookCore

@Suite("Opening and migrating the database")
struct MigrationTests {
    @Test("Given a new file, when opened twice, then the second open keeps the data and permissions are owner-only")
    func opensFileTwice() throws {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("fieldbook-\(UUID().uuidString)").appendingPathComponent("data")
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let path = dir.appendingPathComponent("fieldbook.sqlite").path

        do {
            let db = try AppDatabase.open(path: path, clock: .fixed(Date(timeIntervalSince1970: 1_700_000_000)))
            try db.initialize(inspectorName: "李明", district: "张湾区")
        }
        let reopened = try AppDatabase.open(path: path)
        #expect(try reopened.currentInspector()?.name == "李明")
        let applied = try reopened.reader.read { db in try Migrations.migrator.appliedIdentifiers(db) }
        // The laptop's whole history runs at open, its sync tables included (no lazy migration later).
        #expect(applied == ["v1", "v2", "sync-v1", "sync-v2", "documents-v1", "sync-v3", "verdicts-v1", "voids-v1",
                           "recommendation-workflow-v1", "attachments-v1", "search-polyphones-v1", "export-history-v1",
                           "visit-types-v1", "out-of-town-v1", "projects-v1",
                           "open-deadline-index-v2", "draft-visits-index-v2", "enterprise-list-index-v1"])
        let journal = try reopened.reader.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(journal == "wal")

        let fileMode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        let dirMode = try FileManager.default.attributesOfItem(atPath: dir.path)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(dirMode == 0o700)
    }

    @Test("Given a file that is not a database, when opened, then a one-line error names the path")
    func refusesGarbage() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("garbage-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        do {
            _ = try AppDatabase.open(path: path)
            Issue.record("a non-database file opened")
        } catch let error as CoreError {
            #expect(error.message(in: .en).hasPrefix("cannot open database \(path)"))
        }
    }

    @Test("Foreign keys are enforced")
    func foreignKeysOn() throws {
        let db = try AppDatabase.inMemory()
        let on = try db.reader.read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") }
        #expect(on == true)
    }
}
