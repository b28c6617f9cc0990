import Foundation
import GRDB
import Testing
@testable import FieldbookCore

@Suite("Synthetic data: the producer thread and the journal-less bulk load")
struct SyntheticPipelineTests {
    private struct Stop: Error, Equatable {}

    @Test("Given a producer of 50 batches, when consumed, then every batch arrives once, in order, and its result is returned")
    func ordered() throws {
        var received: [Int] = []
        let result = try SyntheticPipeline.run(produce: { send in
            for batch in 0..<50 { guard send(batch) else { throw CancellationError() } }
            return "done"
        }, consume: { received.append($0) })
        #expect(received == Array(0..<50))
        #expect(result == "done")
    }

    @Test("Given a consumer that fails on batch 3, then its error is thrown and the producer stops instead of running to the end")
    func consumerFails() {
        let sent = ManagedCounter()
        #expect(throws: Stop.self) {
            _ = try SyntheticPipeline.run(produce: { send in
                for batch in 0..<10_000 {
                    guard send(batch) else { return false }
                    sent.add()
                }
                return true
            }, consume: { batch in if batch == 3 { throw Stop() } })
        }
        // The channel holds two batches: the producer got a few ahead, never far.
        #expect(sent.value < 10)
    }

    @Test("Given a producer that fails after two batches, then both are consumed and its error is thrown")
    func producerFails() {
        var received: [Int] = []
        #expect(throws: Stop.self) {
            _ = try SyntheticPipeline.run(produce: { send in
                _ = send(1)
                _ = send(2)
                throw Stop()
            }, consume: { received.append($0) })
        }
        #expect(received == [1, 2])
    }

    @Test("Given a database built without a journal, when finished, then the file is an ordinary WAL database that opens and passes integrity_check")
    func bulkLoadFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fb-bulk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("d.sqlite").path
        do {
            let db = try AppDatabase.openForBulkLoad(path: path, clock: .fixed(Date(timeIntervalSince1970: 1_718_416_800)))
            #expect(try db.reader.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "off")
            try db.initialize(inspectorName: "李明")
            let (checklist, _) = try db.loadTemplate(data: DemoSamples.checklistJSON)
            _ = try db.generateSyntheticData(SyntheticDataPlan(enterprises: 300, visits: 200, seed: 3), checklist: checklist)
            try db.finishBulkLoad()
            try db.close()
        }
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let reopened = try AppDatabase.open(path: path)
        let facts = try reopened.reader.read { db throws -> [String] in
            [try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "",
             try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: ","),
             String(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM enterprise") ?? 0),
             String(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM siteVisit") ?? 0)]
        }
        #expect(facts == ["wal", "ok", "300", "200"])
        // The list's covering indexes, left out during the load, are back as the migration makes
        // them, and hold every row.
        let indexSQL = "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
        let built = try reopened.reader.read { db in try Row.fetchAll(db, sql: indexSQL) }
        let migrated = try AppDatabase.inMemory().reader.read { db in try Row.fetchAll(db, sql: indexSQL) }
        #expect(built == migrated)
        #expect(built.contains { ($0["name"] as String?) == "enterprise_list_name" })
        let listed = try reopened.reader.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM enterprise INDEXED BY enterprise_list_risk")
        }
        #expect(listed == 300)
        try reopened.close()
    }
}

/// A counter the producer thread bumps and the test reads after it ended.
private final class ManagedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
