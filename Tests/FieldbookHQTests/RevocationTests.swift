import Foundation
import GRDB
import Testing
@testable import FieldbookCore
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport
import FieldbookBench

/// Issue #13, point 3: a lost laptop's key is revoked; whatever it signs afterwards is refused.
@Suite("Revoked keys: refused from then on, audited, listed")
struct RevocationTests {
    @Test("after hq revoke, the device's next bundle is refused whole (even with --accept-unknown) and a re-import too")
    func revokedKeyIsRefused() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        let registry = try fixture.fieldDay(laptop, visits: 1)
        let first = try fixture.export(laptop)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let importer = HQImporter(database: hq, keyring: keyring)
        _ = try importer.importFile(URL(fileURLWithPath: first.path))
        let key = try DeviceKeyStore.key(for: laptop)

        let revoked = try hq.revokeDevice(key.fingerprint, reason: "笔记本遗失", by: "张科长")
        #expect(revoked.isRevoked && revoked.deviceId == key.deviceId && revoked.lastSequence == 1)
        let event = try hq.reader.read { db in try AuditEvent.filter(Column("recordType") == "hqDevice").fetchOne(db) }
        #expect(event?.recordId == key.publicKeyText && event?.newValue == "笔记本遗失" && event?.inspectorName == "张科长")

        try fixture.fieldDay(laptop, enterprises: registry, visits: 1, seed: 11)
        let second = try fixture.export(laptop)
        for candidate in [importer, HQImporter(database: hq, keyring: keyring, acceptUnknownSigners: true)] {
            for bundle in [second, first] {
                let before = try tableContents(hq)
                let name = URL(fileURLWithPath: bundle.path).lastPathComponent
                #expect(throws: SyncError.badFile(name, .revokedSigner(fingerprint: key.fingerprint,
                                                                      revokedAt: revoked.revokedAt!.iso8601, reason: "笔记本遗失"))) {
                    try candidate.importFile(URL(fileURLWithPath: bundle.path))
                }
                #expect(try tableContents(hq) == before)
            }
        }
        #expect(throws: SyncError.trustRevokedKey(key.fingerprint, at: revoked.revokedAt!, reason: "笔记本遗失")) {
            try hq.trustDevice(publicKey: key.publicKeyText, inspector: "李明")
        }
        #expect(throws: SyncError.deviceAlreadyRevoked(key.fingerprint, at: revoked.revokedAt!)) {
            try hq.revokeDevice(key.publicKeyText, reason: "again", by: "张科长")
        }
        #expect(try hq.referencePackContent().devices.isEmpty)
    }

    @Test("hq devices lists each key's device, last sequence and the sequence numbers still missing")
    func devicesListsGaps() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        var bundles: [ExportResult] = []
        let registry = try SyncSampleData.addEnterprises(laptop, count: 4)
        for seed in 1...4 {
            try fixture.fieldDay(laptop, enterprises: registry, visits: 1, seed: UInt64(seed))
            bundles.append(try fixture.export(laptop))
        }
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let importer = HQImporter(database: hq, keyring: keyring)
        #expect(try hq.deviceStatuses().map(\.lastSequence) == [nil])
        for index in [0, 3] { _ = try importer.importFile(URL(fileURLWithPath: bundles[index].path)) }
        let status = try #require(try hq.deviceStatuses().first)
        #expect(status.lastSequence == 4 && status.missingSequences == [2, 3] && !status.isRevoked)
        let deviceId = try DeviceKeyStore.key(for: laptop).deviceId
        #expect(status.deviceId == deviceId && status.inspector == "李明")
        #expect(throws: SyncError.noSuchDevice("0000-0000-0000-0000")) {
            try hq.revokeDevice("0000-0000-0000-0000", reason: "x", by: "y")
        }
        #expect(throws: SyncError.revocationNeedsReason) { try hq.revokeDevice(status.fingerprint, reason: "  ", by: "y") }
    }
}
