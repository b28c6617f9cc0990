import Foundation
import Testing
@testable import FieldbookCore
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport
import FieldbookBench

/// Issue #13, point 2: records belong to their author. Each forgery is a real bundle altered and
/// re-signed by a trusted key; HQ's database must not change.
@Suite("Who owns a record: authors are the signer's inspector, owned records the signer's device")
struct RecordOwnershipTests {
    typealias Setup = TwoTrustedLaptops

    private func setUp() throws -> Setup { try TwoTrustedLaptops() }

    /// `bundle` with `alter` applied to its entries, re-signed by `signer` under its own device
    /// and inspector (so only the records make the claim).
    private func forge(_ bundle: ExportResult, signedBy signer: AppDatabase, in fixture: SyncFixture,
                       _ alter: (inout BundleSurgery) -> Void) throws -> URL {
        let key = try DeviceKeyStore.key(for: signer)
        let inspector = try signer.currentInspector()!
        var surgery = try BundleSurgery(Data(contentsOf: URL(fileURLWithPath: bundle.path)))
        alter(&surgery)
        try surgery.resign(with: key) { manifest in
            manifest.devicePublicKey = key.publicKeyText
            manifest.deviceId = key.deviceId
            manifest.inspector = .init(id: inspector.id, name: inspector.name, district: inspector.district)
        }
        let url = fixture.path("forged-\(RecordID.make()).zip")
        try surgery.zip().write(to: url)
        return url
    }

    private func replacing(_ entry: BundleFile, _ old: String, with new: String) -> (inout BundleSurgery) -> Void {
        { surgery in
            let text = String(decoding: surgery[entry.rawValue]!, as: UTF8.self)
            precondition(text.contains(old), "\(entry.rawValue) does not contain \(old)")
            surgery[entry.rawValue] = Data(text.replacingOccurrences(of: old, with: new).utf8)
        }
    }

    private func expectRefused(_ url: URL, _ s: Setup, _ problem: BundleProblem,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try tableContents(s.hq)
        do {
            _ = try s.importer.importFile(url)
            Issue.record("the forged bundle was accepted", sourceLocation: sourceLocation)
        } catch let error as SyncError {
            #expect(error == .badFile(url.lastPathComponent, problem), sourceLocation: sourceLocation)
            #expect(!error.message(in: .en).contains("\n"), sourceLocation: sourceLocation)
        }
        #expect(try tableContents(s.hq) == before, sourceLocation: sourceLocation)
    }

    /// The id of the first line of `entry` that contains `text`.
    private func firstId(_ bundle: BundleSurgery, _ entry: BundleFile, containing text: String) throws -> String {
        let line = try #require(bundle[entry.rawValue]!.split(separator: 0x0A)
            .first { String(decoding: $0, as: UTF8.self).contains(text) })
        return try #require((try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])?["id"] as? String)
    }

    @Test("A's visit whose createdBy names B's inspector is refused naming the visit and the claim")
    func visitCreatedByAnotherInspector() throws {
        let s = try setUp()
        defer { s.fixture.cleanUp() }
        try s.fixture.fieldDay(s.a, enterprises: [try s.a.enterprise(id: s.registry[0].id)!], visits: 1)
        let bundle = try s.fixture.export(s.a)
        let own = try s.a.currentInspector()!, other = try s.b.currentInspector()!
        let forged = try forge(bundle, signedBy: s.a, in: s.fixture,
                               replacing(.visits, "\"createdBy\":\"\(own.id)\"", with: "\"createdBy\":\"\(other.id)\""))
        let visitId = try firstId(try BundleSurgery(Data(contentsOf: forged)), .visits, containing: other.id)
        try expectRefused(forged, s, .foreignAuthor(recordType: "siteVisit", recordId: visitId, field: "createdBy",
                                                   claimed: other.id, signer: "李明 (\(own.id))"))
    }

    @Test("A's audit event naming B's inspector is refused naming the event and the claim")
    func auditEventByAnotherInspector() throws {
        let s = try setUp()
        defer { s.fixture.cleanUp() }
        try s.fixture.fieldDay(s.a, enterprises: [try s.a.enterprise(id: s.registry[0].id)!], visits: 1)
        let bundle = try s.fixture.export(s.a)
        let own = try s.a.currentInspector()!, other = try s.b.currentInspector()!
        let forged = try forge(bundle, signedBy: s.a, in: s.fixture) { surgery in
            replacing(.auditEvents, "\"inspectorId\":\"\(own.id)\"", with: "\"inspectorId\":\"\(other.id)\"")(&surgery)
            replacing(.auditEvents, "\"inspectorName\":\"李明\"", with: "\"inspectorName\":\"王芳\"")(&surgery)
        }
        let eventId = try firstId(try BundleSurgery(Data(contentsOf: forged)), .auditEvents, containing: other.id)
        try expectRefused(forged, s, .foreignAuthor(recordType: "auditEvent", recordId: eventId, field: "inspectorId",
                                                   claimed: other.id, signer: "李明 (\(own.id))"))
    }

    @Test("co-inspectors named on a visit are accepted and kept as named")
    func coInspectorsAllowed() throws {
        let s = try setUp()
        defer { s.fixture.cleanUp() }
        let visit = try s.a.startVisit(enterpriseId: s.registry[0].id, type: .riskScreening,
                                       templateId: SyncSampleData.templateId, inspectors: ["李明", "王芳"])
        _ = try s.importer.importFile(URL(fileURLWithPath: try s.fixture.export(s.a).path))
        let held = try s.hq.reader.read { db in try SiteVisit.fetchOne(db, key: visit.id) }
        let author = try s.a.currentInspector()!.id
        #expect(held?.inspectors == ["李明", "王芳"] && held?.createdBy == author)
    }

    @Test("B changing an answer of A's visit is refused naming the answer and both devices")
    func anotherDeviceChangesAnOwnedRecord() throws {
        let s = try setUp()
        defer { s.fixture.cleanUp() }
        let visit = try s.a.startVisit(enterpriseId: s.registry[0].id, type: .riskScreening, templateId: SyncSampleData.templateId)
        let (answer, _) = try s.a.setAnswer(visitId: visit.id, itemCode: "S-01", value: .compliant)
        _ = try s.importer.importFile(URL(fileURLWithPath: try s.fixture.export(s.a).path))
        try s.a.setAnswer(visitId: visit.id, itemCode: "S-01", value: .nonCompliant)
        // A's change, carried in a bundle B signed as its own (B's audit trail cleared, so only
        // the ownership rule can catch it).
        let forged = try forge(try s.fixture.export(s.a), signedBy: s.b, in: s.fixture) { surgery in
            surgery[BundleFile.auditEvents.rawValue] = Data()
            surgery[BundleFile.visits.rawValue] = Data()
        }
        try expectRefused(forged, s, .notOwner(recordType: "answer", recordId: answer.id,
                                              owner: try DeviceKeyStore.key(for: s.a).deviceId,
                                              signer: try DeviceKeyStore.key(for: s.b).deviceId))
        #expect(try s.hq.reader.read { db in try Answer.fetchOne(db, key: answer.id) }?.value == .compliant)
    }

    @Test("B deleting A's draft visit is refused; A's own deletion goes through")
    func anotherDeviceDeletesAnOwnedRecord() throws {
        let s = try setUp()
        defer { s.fixture.cleanUp() }
        let visit = try s.a.startVisit(enterpriseId: s.registry[0].id, type: .riskScreening, templateId: SyncSampleData.templateId)
        // Sent in a day bundle (a re-send that leaves the export cursor), so A may still delete
        // the draft; anything the cursor passed is voided instead (RemovalTests).
        _ = try s.importer.importFile(URL(fileURLWithPath: try s.fixture.export(s.a, scope: .day(visit.date)).path))
        try s.a.deleteVisit(id: visit.id)
        let deletion = try s.fixture.export(s.a)
        let forged = try forge(deletion, signedBy: s.b, in: s.fixture) { surgery in
            surgery[BundleFile.auditEvents.rawValue] = Data()
            // The tombstone's author becomes B's inspector, as B would write it.
            let text = String(decoding: surgery[BundleFile.tombstones.rawValue]!, as: UTF8.self)
            let own = try! s.a.currentInspector()!.id, other = try! s.b.currentInspector()!.id
            surgery[BundleFile.tombstones.rawValue] = Data(text.replacingOccurrences(of: own, with: other).utf8)
        }
        try expectRefused(forged, s, .notOwner(recordType: "siteVisit", recordId: visit.id,
                                              owner: try DeviceKeyStore.key(for: s.a).deviceId,
                                              signer: try DeviceKeyStore.key(for: s.b).deviceId))
        _ = try s.importer.importFile(URL(fileURLWithPath: deletion.path))
        #expect(try s.hq.reader.read { db in try SiteVisit.fetchOne(db, key: visit.id) } == nil)
    }
}
