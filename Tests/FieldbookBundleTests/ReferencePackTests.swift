import Foundation
import Testing
@testable import FieldbookCore
import FieldbookBench
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

@Suite("Reference packs")
struct ReferencePackTests {
    @Test("a pack brings the registry, templates and roster, leaves field data alone, and reports what changed")
    func applyPack() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        let local = try fixture.fieldDay(laptop, visits: 2)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let registry = try SyncSampleData.addEnterprises(hq.store, count: 6, first: 100)
        let pack = fixture.path("pack.zip")
        let written = try ReferencePackWriter(database: hq, keyring: keyring).write(to: pack)
        #expect(written.enterprises == 6 && written.templates == 1 && written.devices == 1)
        let fieldBefore = try [count(laptop, "siteVisit"), count(laptop, "answer"), count(laptop, "recommendation")]
        _ = try fixture.export(laptop)

        let report = try ReferencePackReader.importPack(pack, into: laptop)
        #expect(report.enterprisesAdded == 6)
        #expect(report.templatesUnchanged == 1)
        #expect(report.devices == 1 && report.pinnedNow)
        #expect(try [count(laptop, "siteVisit"), count(laptop, "answer"), count(laptop, "recommendation")] == fieldBefore)
        #expect(try laptop.enterprise(id: registry[0].id)?.name == registry[0].name)
        #expect(try count(laptop, "enterprise") == local.count + 6)

        // Registry rows from HQ are not sent back as field changes.
        #expect(throws: SyncError.nothingToExport) { try fixture.export(laptop) }

        let again = try ReferencePackReader.importPack(pack, into: laptop)
        #expect(again.enterprisesUnchanged == 6 && again.enterprisesAdded == 0 && !again.pinnedNow)
    }

    @Test("a local edit not yet exported is kept; a tampered or foreign pack is refused")
    func refusals() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        let (hq, keyring) = try fixture.headquarters()
        let registry = try SyncSampleData.addEnterprises(hq.store, count: 2)
        let pack = fixture.path("pack.zip")
        _ = try ReferencePackWriter(database: hq, keyring: keyring).write(to: pack)
        _ = try ReferencePackReader.importPack(pack, into: laptop)

        try edit(laptop, try laptop.enterprise(id: registry[0].id)!) { $0.phone = "0719-5555555" }
        try edit(hq, try hq.store.enterprise(id: registry[0].id)!) { $0.contactPerson = "陈经理" }
        let newer = fixture.path("pack2.zip")
        _ = try ReferencePackWriter(database: hq, keyring: keyring).write(to: newer)
        let report = try ReferencePackReader.importPack(newer, into: laptop)
        #expect(report.enterprisesKeptLocal == [registry[0].name])
        #expect(try laptop.enterprise(id: registry[0].id)?.phone == "0719-5555555")

        var surgery = try BundleSurgery(try Data(contentsOf: newer))
        let text = String(decoding: surgery[PackManifest.enterprisesFile]!, as: UTF8.self)
        surgery[PackManifest.enterprisesFile] = Data(text.replacingOccurrences(of: "十堰", with: "武汉").utf8)
        let tampered = fixture.path("tampered.zip")
        try surgery.zip().write(to: tampered)
        #expect(throws: SyncError.badFile("tampered.zip", .checksumMismatch(PackManifest.enterprisesFile))) {
            try ReferencePackReader.importPack(tampered, into: laptop)
        }

        let (otherHQ, otherKeyring) = try fixture.headquarters()
        let foreign = fixture.path("foreign.zip")
        _ = try ReferencePackWriter(database: otherHQ, keyring: otherKeyring).write(to: foreign)
        #expect(throws: SyncError.badFile("foreign.zip", .untrustedPackSigner(
            found: PublicKeyText.fingerprint(otherKeyring.signingKeyText),
            pinned: PublicKeyText.fingerprint(keyring.signingKeyText)))) {
            try ReferencePackReader.importPack(foreign, into: laptop)
        }
    }
}
