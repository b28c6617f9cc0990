import Foundation
import GRDB
import Testing
@testable import FieldbookCore
@testable import FieldbookHQ

@Suite("Headquarters' schema, migrated when opened")
struct HQSchemaTests {
    private func tables(_ queue: DatabaseQueue) throws -> Set<String> {
        try queue.read { Set(try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")) }
    }

    @Test("Given a laptop database, when HQ opens it, then HQ's tables exist and the laptop store still opens it")
    func laptopBecomesHeadquarters() throws {
        let queue = try DatabaseQueue()
        _ = try AppDatabase(queue)
        #expect(try !tables(queue).contains("hqConflict"))
        _ = try HQDatabase(queue)
        let hqTables: Set = ["hqKey", "hqDevice", "hqBundle", "hqRecordOrigin", "hqConflict", "hqEnterpriseAlias"]
        #expect(hqTables.isSubset(of: try tables(queue)))
        let columns = try queue.read { try $0.columns(in: "hqConflict").map(\.name) }
        #expect(columns.contains("resolution") && columns.contains("resolvedBy") && columns.contains("resolvedAt"))
        // HQ's own migrations are not "newer" to the laptop store (browsing HQ's registry works).
        _ = try AppDatabase(queue)
    }

    @Test("Given a file whose HQ tables came from the pre-re-cut sync-v1, when HQ opens it, then hq-v1 accepts them")
    func olderFileKeepsItsTables() throws {
        let queue = try DatabaseQueue()
        let hq = try HQDatabase(queue)
        try hq.trustDevice(publicKey: "ed25519:AAAA", inspector: "李明")
        // What an older HQ file looks like: the tables there, hq-v1 never recorded.
        try queue.write { try $0.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'hq-v1'") }
        let reopened = try HQDatabase(queue)
        #expect(try reopened.trustedDevices().map(\.inspector) == ["李明"])
    }

    @Test("Given an HQ file from before hq-v2, when HQ opens it, then each key is bound to the one device its bundles named")
    func bindsKeysFromImportedBundles() throws {
        let queue = try DatabaseQueue()
        let hq = try HQDatabase(queue)
        try hq.trustDevice(publicKey: "ed25519:AAAA", inspector: "李明")
        try hq.trustDevice(publicKey: "ed25519:BBBB", inspector: "王芳")
        try hq.trustDevice(publicKey: "ed25519:CCCC", inspector: "张伟")
        try queue.write { db in
            // A and B each signed for one device; C's bundles named two devices, so C stays unbound.
            for (id, device, key) in [("1", "dev-a", "AAAA"), ("2", "dev-b", "BBBB"), ("3", "dev-c1", "CCCC"), ("4", "dev-c2", "CCCC")] {
                try db.execute(sql: """
                    INSERT INTO hqBundle (id, deviceId, devicePublicKey, sequence, inspector, createdAt, importedAt, fileName, summary)
                    VALUES (?, ?, ?, 1, 'x', '2024-05-06T10:00:00.000+08:00', '2024-05-06T10:00:00.000+08:00', 'f.zip', '{}')
                    """, arguments: [id, device, "ed25519:" + key])
            }
            // What a file before hq-v2 looks like.
            try db.execute(sql: "DROP INDEX hqDevice_on_deviceId")
            for column in ["deviceId", "inspectorId", "revokedAt", "revokedReason", "revokedBy"] {
                try db.execute(sql: "ALTER TABLE hqDevice DROP COLUMN \(column)")
            }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'hq-v2'")
        }
        let reopened = try HQDatabase(queue)
        let bound = Dictionary(uniqueKeysWithValues: try reopened.trustedDevices().map { ($0.publicKey, $0.deviceId) })
        #expect(bound == ["ed25519:AAAA": "dev-a", "ed25519:BBBB": "dev-b", "ed25519:CCCC": nil])
    }

    @Test("Given an HQ migration this version does not know, when HQ opens the file, then it is refused")
    func refusesNewerHeadquartersSchema() throws {
        let queue = try DatabaseQueue()
        _ = try HQDatabase(queue)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('hq-v99')") }
        #expect(throws: CoreError.newerSchema(unknown: ["hq-v99"])) { _ = try HQDatabase(queue) }
    }
}
