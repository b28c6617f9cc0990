import Foundation
import Testing
@testable import FieldbookCore
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport
import FieldbookBench

/// Issue #13, point 1: a bundle is the signing device's, or it is refused whole. Each forgery is a
/// real bundle re-signed with another trusted device's key; HQ's database must not change.
@Suite("Who signed a bundle: key, device and inspector are bound together")
struct SignerBindingTests {
    typealias Setup = TwoTrustedLaptops

    /// Two trusted laptops sharing HQ's registry.
    private func setUp() throws -> Setup { try TwoTrustedLaptops() }

    /// `bundle` re-signed by `signer` (a trusted device), its manifest naming whatever `change` sets.
    private func forge(_ bundle: ExportResult, signedBy signer: AppDatabase, in fixture: SyncFixture,
                       _ change: (inout BundleManifest) -> Void = { _ in }) throws -> URL {
        let key = try DeviceKeyStore.key(for: signer)
        var surgery = try BundleSurgery(Data(contentsOf: URL(fileURLWithPath: bundle.path)))
        try surgery.resign(with: key) { manifest in
            manifest.devicePublicKey = key.publicKeyText
            change(&manifest)
        }
        let url = fixture.path("forged-\(RecordID.make()).zip")
        try surgery.zip().write(to: url)
        return url
    }

    /// Imports `url` expecting refusal with `problem`, and HQ's database untouched.
    private func expectRefused(_ url: URL, _ setup: Setup, _ problem: BundleProblem,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try tableContents(setup.hq)
        do {
            _ = try setup.importer.importFile(url)
            Issue.record("the forged bundle was accepted", sourceLocation: sourceLocation)
        } catch let error as SyncError {
            #expect(error == .badFile(url.lastPathComponent, problem), sourceLocation: sourceLocation)
            #expect(!error.message(in: .en).contains("\n") && !error.message(in: .zh).contains("\n"), sourceLocation: sourceLocation)
        }
        #expect(try tableContents(setup.hq) == before, sourceLocation: sourceLocation)
    }

    private func deviceId(_ laptop: AppDatabase) throws -> String { try DeviceKeyStore.key(for: laptop).deviceId }
    private func fingerprint(_ laptop: AppDatabase) throws -> String { try DeviceKeyStore.key(for: laptop).fingerprint }

    @Test("B's bundle re-signed with A's key (A already bound) is refused naming both devices; B's edit is not overwritten")
    func anotherDevicesBundleSignedByA() throws {
        let s = try setUp()
        defer { s.fixture.cleanUp() }
        let target = s.registry[0]
        try edit(s.a, try s.a.enterprise(id: target.id)!) { $0.phone = "0719-1111111" }
        // A second edit: A's version (revision 3) ranks above B's concurrent one (2), so it stays current.
        try edit(s.a, try s.a.enterprise(id: target.id)!) { $0.address = "十堰市北京路1号" }
        _ = try s.importer.importFile(URL(fileURLWithPath: try s.fixture.export(s.a).path))
        try edit(s.b, try s.b.enterprise(id: target.id)!) { $0.phone = "0719-2222222" }
        _ = try s.importer.importFile(URL(fileURLWithPath: try s.fixture.export(s.b).path))
        #expect(try s.hq.hqConflicts().count == 1)

        // B's next edit, carried in a bundle that A's key signed: it claims to be B's own newer revision.
        try edit(s.b, try s.b.enterprise(id: target.id)!) { $0.phone = "0719-3333333" }
        let forged = try forge(try s.fixture.export(s.b), signedBy: s.a, in: s.fixture)
        try expectRefused(forged, s, .signerIsAnotherDevice(claimed: try deviceId(s.b), fingerprint: try fingerprint(s.a),
                                                          boundDevice: try deviceId(s.a)))
        #expect(try s.hq.store.enterprise(id: target.id)?.phone == "0719-1111111")
    }

    @Test("a key that never signed before cannot claim a device bound to another key")
    func unboundKeyClaimsBoundDevice() throws {
        let s = try setUp()
        defer { s.fixture.cleanUp() }
        try s.fixture.fieldDay(s.b, enterprises: [try s.b.enterprise(id: s.registry[0].id)!], visits: 1)
        _ = try s.importer.importFile(URL(fileURLWithPath: try s.fixture.export(s.b).path))
        try s.fixture.fieldDay(s.b, enterprises: [try s.b.enterprise(id: s.registry[1].id)!], visits: 1, seed: 9)
        let forged = try forge(try s.fixture.export(s.b), signedBy: s.a, in: s.fixture)
        try expectRefused(forged, s, .deviceHasAnotherKey(device: try deviceId(s.b), ownerFingerprint: try fingerprint(s.b),
                                                        signerFingerprint: try fingerprint(s.a)))
        // A's key stays unbound: its own first bundle is still accepted and binds it.
        try s.fixture.fieldDay(s.a, enterprises: [try s.a.enterprise(id: s.registry[2].id)!], visits: 1)
        _ = try s.importer.importFile(URL(fileURLWithPath: try s.fixture.export(s.a).path))
        let keyA = try DeviceKeyStore.key(for: s.a), inspectorA = try s.a.currentInspector()!.id
        let bound = try s.hq.trustedDevices().first { $0.publicKey == keyA.publicKeyText }
        #expect(bound?.deviceId == keyA.deviceId && bound?.inspectorId == inspectorA)
    }

    @Test("A's own device id with B's inspector in the manifest is refused naming both inspectors")
    func anotherInspectorInTheManifest() throws {
        let s = try setUp()
        defer { s.fixture.cleanUp() }
        try s.fixture.fieldDay(s.a, enterprises: [try s.a.enterprise(id: s.registry[0].id)!], visits: 1)
        _ = try s.importer.importFile(URL(fileURLWithPath: try s.fixture.export(s.a).path))
        try s.fixture.fieldDay(s.a, enterprises: [try s.a.enterprise(id: s.registry[1].id)!], visits: 1, seed: 9)
        let other = try s.b.currentInspector()!, own = try s.a.currentInspector()!
        let forged = try forge(try s.fixture.export(s.a), signedBy: s.a, in: s.fixture) { manifest in
            manifest.inspector = .init(id: other.id, name: other.name, district: other.district)
        }
        try expectRefused(forged, s, .signerIsAnotherInspector(claimed: other.id, claimedName: other.name,
                                                             fingerprint: try fingerprint(s.a), bound: "李明 (\(own.id))"))
    }

    @Test("the first bundle a key signs binds its device and inspector; a re-import changes nothing")
    func firstBundleBinds() throws {
        let s = try setUp()
        defer { s.fixture.cleanUp() }
        #expect(try s.hq.trustedDevices().allSatisfy { $0.deviceId == nil && $0.inspectorId == nil })
        try s.fixture.fieldDay(s.a, enterprises: [try s.a.enterprise(id: s.registry[0].id)!], visits: 1)
        let bundle = try s.fixture.export(s.a)
        _ = try s.importer.importFile(URL(fileURLWithPath: bundle.path))
        #expect(try s.importer.importFile(URL(fileURLWithPath: bundle.path)).alreadyImported)
        let bound = try s.hq.trustedDevices().filter { $0.deviceId != nil }
        #expect(bound.map(\.deviceId) == [try deviceId(s.a)])
    }

    @Test("a key trusted with its device and inspector (hq trust --device --inspector-id): its very first bundle claiming another device is refused")
    func boundAtTrust() throws {
        let s = try setUp()
        defer { s.fixture.cleanUp() }
        let a = try DeviceKeyStore.key(for: s.a), inspectorA = try #require(try s.a.currentInspector())
        #expect(try s.hq.trustDevice(publicKey: a.publicKeyText, inspector: "李明", deviceId: a.deviceId, inspectorId: inspectorA.id))
        #expect(try s.hq.trustedDevices().first { $0.publicKey == a.publicKeyText }?.deviceId == a.deviceId)
        // Before any bundle: B's bundle re-signed with A's key, naming B's device and inspector.
        try fixtureDay(s.b, s)
        let forged = try forge(try s.fixture.export(s.b), signedBy: s.a, in: s.fixture)
        try expectRefused(forged, s, .signerIsAnotherDevice(claimed: try deviceId(s.b), fingerprint: a.fingerprint,
                                                             boundDevice: a.deviceId))
        // A's own device with B's inspector: refused too, also as the key's first bundle.
        try fixtureDay(s.a, s)
        let inspectorB = try #require(try s.b.currentInspector())
        let renamed = try forge(try s.fixture.export(s.a), signedBy: s.a, in: s.fixture) { manifest in
            manifest.inspector.id = inspectorB.id
            manifest.inspector.name = inspectorB.name
        }
        try expectRefused(renamed, s, .signerIsAnotherInspector(claimed: inspectorB.id, claimedName: inspectorB.name,
                                                                 fingerprint: a.fingerprint, bound: "李明 (\(inspectorA.id))"))
        // A's real bundle is taken.
        try fixtureDay(s.a, s)
        #expect(try s.importer.importFile(URL(fileURLWithPath: try s.fixture.export(s.a).path)).counts["siteVisit"]?.inserted ?? 0 > 0)
    }

    @Test("hq trust --device refuses a key bound elsewhere and a device that has another key, changing nothing")
    func trustRefusesRebinding() throws {
        let s = try setUp()
        defer { s.fixture.cleanUp() }
        let a = try DeviceKeyStore.key(for: s.a), b = try DeviceKeyStore.key(for: s.b)
        try s.hq.trustDevice(publicKey: a.publicKeyText, inspector: "李明", deviceId: a.deviceId)
        let before = try tableContents(s.hq)
        #expect(throws: SyncError.trustKeyBoundElsewhere(a.fingerprint, bound: a.deviceId, asked: b.deviceId)) {
            try s.hq.trustDevice(publicKey: a.publicKeyText, inspector: "李明", deviceId: b.deviceId)
        }
        #expect(throws: SyncError.trustDeviceHasAnotherKey(a.deviceId, ownerFingerprint: a.fingerprint)) {
            try s.hq.trustDevice(publicKey: b.publicKeyText, inspector: "王芳", deviceId: a.deviceId)
        }
        #expect(try tableContents(s.hq) == before)
        // Trusting again as bound changes nothing; an older entry without a binding still works.
        #expect(try !s.hq.trustDevice(publicKey: a.publicKeyText, inspector: "李明", deviceId: a.deviceId))
        try fixtureDay(s.b, s)
        #expect(try s.importer.importFile(URL(fileURLWithPath: try s.fixture.export(s.b).path)).counts["siteVisit"]?.inserted ?? 0 > 0)
        #expect(try s.hq.trustedDevices().first { $0.publicKey == b.publicKeyText }?.deviceId == b.deviceId)
    }

    private func fixtureDay(_ laptop: AppDatabase, _ s: Setup) throws {
        try s.fixture.fieldDay(laptop, enterprises: [try #require(try laptop.enterprise(id: s.registry[1].id))], visits: 1)
    }
}
