import Foundation
import GRDB
import Testing
@testable import FieldbookCore
import FieldbookBench
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

@Suite("Resolving conflicts at headquarters")
struct ConflictResolutionTests {
    /// HQ's registry enterprise edited on two laptops: laptop a's edit is current at HQ, laptop
    /// b's is kept beside it as a conflict.
    struct Scene {
        let fixture: SyncFixture
        let a: AppDatabase, b: AppDatabase
        let hq: HQDatabase
        let keyring: HQKeyring
        let target: Enterprise
        let conflict: HQConflict

        init() throws {
            fixture = try SyncFixture()
            a = try fixture.laptop("a", inspector: "李明")
            b = try fixture.laptop("b", inspector: "王芳")
            (hq, keyring) = try fixture.headquarters(trusting: [a, b])
            target = try SyncSampleData.addEnterprises(hq.store, count: 2)[0]
            let pack = fixture.path("pack.zip")
            _ = try ReferencePackWriter(database: hq, keyring: keyring).write(to: pack)
            for laptop in [a, b] { _ = try ReferencePackReader.importPack(pack, into: laptop) }
            try edit(a, try a.enterprise(id: target.id)!) { $0.phone = "0719-1111111" }
            // A second edit on a: its version has more edits behind it (revision 3 against b's 2),
            // so it is the one HQ keeps current, whichever bundle comes first (docs/hq.md).
            try edit(a, try a.enterprise(id: target.id)!) { $0.address = "十堰市北京路1号" }
            try edit(b, try b.enterprise(id: target.id)!) { $0.phone = "0719-2222222"; $0.contactPerson = "赵会计" }
            let importer = HQImporter(database: hq, keyring: keyring)
            for laptop in [a, b] { _ = try importer.importFile(URL(fileURLWithPath: try fixture.export(laptop).path)) }
            conflict = try #require(try hq.hqConflicts().first)
        }

        func deviceId(_ laptop: AppDatabase) throws -> String { try DeviceKeyStore.key(for: laptop).deviceId }

        func audit() throws -> [AuditEvent] {
            try hq.reader.read { db in
                try AuditEvent.filter(AuditEvent.Columns.field == "conflict:concurrentEdit").fetchAll(db)
            }
        }
    }

    @Test("keeping the incoming version makes it current, records who and when, and audits it")
    func keepIncoming() throws {
        let scene = try Scene()
        defer { scene.fixture.cleanUp() }
        #expect(try scene.hq.store.enterprise(id: scene.target.id)?.phone == "0719-1111111")
        let resolved = try scene.hq.resolveHQConflict(String(scene.conflict.id.prefix(8)).lowercased(), keep: .incoming, by: "总部张科长")

        let held = try #require(try scene.hq.store.enterprise(id: scene.target.id))
        #expect(held.phone == "0719-2222222" && held.contactPerson == "赵会计")
        #expect(resolved.resolution == "incoming" && resolved.resolvedBy == "总部张科长")
        #expect(resolved.resolvedAt == SyncFixture.clock.timestamp())
        #expect(try scene.hq.hqConflicts(includingResolved: false).isEmpty)
        let stored = try #require(try scene.hq.hqConflicts().first)
        #expect(stored.currentJSON.contains("0719-1111111") && stored.incomingJSON.contains("0719-2222222"))
        let events = try scene.audit()
        #expect(events.count == 1)
        #expect(events.first?.recordId == scene.target.id && events.first?.inspectorName == "总部张科长")
        #expect(events.first?.newValue == "kept incoming (conflict \(scene.conflict.id))")
        // Laptop b's version is now HQ's: b's next edit fast-forwards, a's next edit is a new conflict.
        #expect(try scene.hq.reader.read { db in
            try String.fetchOne(db, sql: "SELECT deviceId FROM hqRecordOrigin WHERE recordId = ?", arguments: [scene.target.id])
        } == (try scene.deviceId(scene.b)))
        try edit(scene.b, try scene.b.enterprise(id: scene.target.id)!) { $0.phone = "0719-3333333" }
        let importer = HQImporter(database: scene.hq, keyring: scene.keyring)
        let next = try importer.importFile(URL(fileURLWithPath: try scene.fixture.export(scene.b).path))
        #expect(next.counts["enterprise"]?.updated == 1)
        #expect(try scene.hq.store.enterprise(id: scene.target.id)?.phone == "0719-3333333")
    }

    @Test("keeping the current version (or naming its device) changes no record and is refused a second time")
    func keepCurrent() throws {
        let scene = try Scene()
        defer { scene.fixture.cleanUp() }
        let before = try scene.hq.store.enterprise(id: scene.target.id)
        let deviceA = String(try scene.deviceId(scene.a).prefix(8))
        let resolved = try scene.hq.resolveHQConflict(scene.conflict.id, keep: HQConflictChoice(deviceA), by: "张科长")
        #expect(resolved.resolution == "current")
        #expect(try scene.hq.store.enterprise(id: scene.target.id) == before)
        #expect(try scene.audit().count == 1)
        let again = #expect(throws: SyncError.self) {
            try scene.hq.resolveHQConflict(scene.conflict.id, keep: .incoming, by: "李四")
        }
        guard case .conflictAlreadyResolved? = again else { Issue.record("expected already resolved, got \(String(describing: again))"); return }
        #expect(try scene.hq.store.enterprise(id: scene.target.id) == before)
        // Re-importing the bundle that raised it neither reopens nor duplicates it.
        _ = try HQImporter(database: scene.hq, keyring: scene.keyring)
            .importFile(URL(fileURLWithPath: try scene.fixture.export(scene.b, scope: .all).path))
        #expect(try scene.hq.hqConflicts(includingResolved: false).isEmpty)
    }

    @Test("an unknown id, a device that wrote neither version, and a missing name are refused in both languages")
    func refusals() throws {
        let scene = try Scene()
        defer { scene.fixture.cleanUp() }
        let before = try tableContents(scene.hq)
        #expect(throws: SyncError.noSuchConflict("FFFFFFFF")) {
            try scene.hq.resolveHQConflict("FFFFFFFF", keep: .current, by: "张科长")
        }
        #expect(throws: SyncError.self) { try scene.hq.resolveHQConflict(scene.conflict.id, keep: .device("0000"), by: "张科长") }
        #expect(try tableContents(scene.hq) == before)
        let message = SyncError.deviceNotInConflict("0000", "a", "b")
        #expect(message.message(in: .zh).contains("0000") && message.message(in: .en).contains("wrote neither version"))
    }
}
