import Foundation
import GRDB
import Testing
@testable import FieldbookCore
import FieldbookBench
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

@Suite("Merging at headquarters: newer, older, concurrent")
struct ConflictTests {
    @Test("two laptops edit the same registry enterprise: the first fast-forwards, the second is a conflict with both kept, the higher revision current")
    func concurrentEdit() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let a = try fixture.laptop("a", inspector: "李明"), b = try fixture.laptop("b", inspector: "王芳")
        let (hq, keyring) = try fixture.headquarters(trusting: [a, b])
        let registry = try SyncSampleData.addEnterprises(hq.store, count: 3)
        let pack = fixture.path("pack.zip")
        _ = try ReferencePackWriter(database: hq, keyring: keyring).write(to: pack)
        for laptop in [a, b] { _ = try ReferencePackReader.importPack(pack, into: laptop) }

        let target = registry[0]
        try edit(a, try a.enterprise(id: target.id)!) { $0.phone = "0719-1111111" }
        // A second edit on a: revision 3 against b's 2, so a's version ranks first in either order.
        try edit(a, try a.enterprise(id: target.id)!) { $0.address = "十堰市北京路1号" }
        try edit(b, try b.enterprise(id: target.id)!) { $0.phone = "0719-2222222" }
        try fixture.fieldDay(b, enterprises: [try b.enterprise(id: target.id)!], visits: 1)
        let importer = HQImporter(database: hq, keyring: keyring)

        let first = try importer.importFile(URL(fileURLWithPath: try fixture.export(a).path))
        #expect(first.counts["enterprise"]?.updated == 1)
        #expect(try hq.store.enterprise(id: target.id)?.phone == "0719-1111111")

        let second = try importer.importFile(URL(fileURLWithPath: try fixture.export(b).path))
        #expect(second.counts["enterprise"]?.conflicts == 1)
        #expect(second.counts["siteVisit"]?.inserted == 1)
        #expect(try hq.store.enterprise(id: target.id)?.phone == "0719-1111111")
        let conflicts = try hq.hqConflicts()
        #expect(conflicts.count == 1)
        #expect(conflicts[0].recordId == target.id && conflicts[0].kind == "concurrentEdit")
        #expect(conflicts[0].currentJSON.contains("0719-1111111") && conflicts[0].incomingJSON.contains("0719-2222222"))
        #expect(try count(hq, "enterprise") == 3)
    }

    @Test("bundles imported out of order: the older version is ignored and the gap is reported")
    func outOfOrder() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop, visits: 1)
        let first = try fixture.export(laptop)
        try edit(laptop, try laptop.reader.read { db in try SiteVisit.fetchOne(db)! }) { $0.notes = "第二版" }
        let second = try fixture.export(laptop)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let importer = HQImporter(database: hq, keyring: keyring)

        let newer = try importer.importFile(URL(fileURLWithPath: second.path))
        #expect(newer.missingSequences == [1])
        let older = try importer.importFile(URL(fileURLWithPath: first.path))
        #expect(older.counts["siteVisit"]?.older == 1)
        #expect(older.missingSequences.isEmpty)
        #expect(try hq.reader.read { db in try SiteVisit.fetchOne(db) }?.notes == "第二版")
    }

    @Test("the same field enterprise created on two laptops is one enterprise at HQ, never a duplicate")
    func sameCreditCode() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let a = try fixture.laptop("a", inspector: "李明"), b = try fixture.laptop("b", inspector: "王芳")
        for laptop in [a, b] {
            let e = try laptop.createEnterprise(Enterprise(creditCode: SyncSampleData.creditCode(4242),
                                                           name: "竹山县新建劳务公司", source: .field))
            try fixture.fieldDay(laptop, enterprises: [e], visits: 1)
        }
        let (hq, keyring) = try fixture.headquarters(trusting: [a, b])
        let importer = HQImporter(database: hq, keyring: keyring)
        _ = try importer.importFile(URL(fileURLWithPath: try fixture.export(a).path))
        let second = try importer.importFile(URL(fileURLWithPath: try fixture.export(b).path))
        #expect(second.counts["siteVisit"]?.inserted == 1)
        #expect(try count(hq, "enterprise") == 1)
        #expect(try hq.reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT enterpriseId) FROM siteVisit") } == 1)
        #expect(try count(hq, "hqEnterpriseAlias") == 1)
    }
}
