import Foundation
import GRDB
import TestSupport
import Testing
@testable import FieldbookCore
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// Attachments from a laptop to headquarters: files in the bundle once, verified, stored
/// content-addressed at HQ and extracted byte for byte; a changed byte refuses the whole bundle.
@Suite("Attachments: laptop → bundle → headquarters")
struct AttachmentBundleTests {
    /// A laptop with a field day, two attachments on its first visit, and its store.
    private func laptopWithEvidence(_ fixture: SyncFixture) throws -> (AppDatabase, AttachmentStore, [FieldbookCore.Attachment]) {
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop, visits: 2)
        let store = AttachmentStore(database: laptop)
        let visit = try laptop.reader.read { db in try SiteVisit.order(Column("id")).fetchOne(db)! }
        let photo = fixture.path("公示栏.jpg"), scan = fixture.path("payroll.pdf")
        try (EvidenceFiles.jpeg() + EvidenceFiles.noise(300_000)).write(to: photo)
        try (EvidenceFiles.pdf() + EvidenceFiles.noise(200_000, seed: 9)).write(to: scan)
        let attached = try store.attach(visitId: visit.id, files: [photo, scan], caption: "工资发放记录")
        return (laptop, store, attached)
    }

    private func entries(_ path: String) throws -> [String: Data] {
        Dictionary(uniqueKeysWithValues: try BundleSurgery(Data(contentsOf: URL(fileURLWithPath: path))).entries)
    }

    private func hqFiles(_ hq: HQDatabase) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: hq.path + ".attachments")) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test("the files travel once under attachments/<sha256>, signed in the manifest; HQ stores and extracts them byte for byte")
    func roundTrip() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let (laptop, store, attached) = try laptopWithEvidence(fixture)
        let first = try fixture.export(laptop)
        #expect(first.counts[.attachments] == 2)
        let bundleEntries = try entries(first.path)
        let manifest = try JSONDecoder().decode(BundleManifest.self, from: bundleEntries["manifest.json"]!)
        for a in attached {
            let entry = try #require(manifest.entries.first { $0.path == "attachments/" + a.sha256 })
            #expect(entry.size == a.size && entry.sha256 == a.sha256)
            #expect(bundleEntries[entry.path] == (try Data(contentsOf: store.fileURL(of: a))))
        }
        #expect(bundleEntries["attachments.jsonl"].map { $0.split(separator: 0x0A).count } == 2)

        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let importer = HQImporter(database: hq, keyring: keyring)
        let report = try importer.importFile(URL(fileURLWithPath: first.path))
        #expect(report.counts["attachment"]?.inserted == 2)
        let held = try hq.reader.read { db in try FieldbookCore.Attachment.order(Column("id")).fetchAll(db) }
        let sent = attached.sorted { $0.id < $1.id }
        #expect(held.map(\.id) == sent.map(\.id))
        for (h, s) in zip(held, sent) {
            var same = s
            same.changeSeq = h.changeSeq
            #expect(h == same, "\(h.originalName)")
        }
        #expect(hqFiles(hq) == attached.map(\.sha256).sorted())
        let out = fixture.path("extracted")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let hqStore = AttachmentStore(database: hq.store)
        for a in held {
            guard case let .copied(url) = try AttachmentExtraction.extract(a, from: hqStore, into: out) else {
                Issue.record("\(a.originalName) not extracted"); continue
            }
            #expect(url.lastPathComponent == a.originalName)
            #expect(try Data(contentsOf: url) == (try Data(contentsOf: store.fileURL(of: a))))
        }

        // The same photo attached again elsewhere, and a new scan: only the new file travels.
        let other = try laptop.reader.read { db in try SiteVisit.order(Column("id").desc).fetchOne(db)! }
        let again = fixture.path("again.jpg"), fresh = fixture.path("fresh.png")
        try (try Data(contentsOf: fixture.path("公示栏.jpg"))).write(to: again)
        try EvidenceFiles.png().write(to: fresh)
        let more = try store.attach(visitId: other.id, files: [again, fresh])
        let second = try fixture.export(laptop)
        let secondZip = try entries(second.path)
        #expect(secondZip.keys.filter { $0.hasPrefix("attachments/") }.sorted() == ["attachments/" + more[1].sha256])
        _ = try importer.importFile(URL(fileURLWithPath: second.path))
        #expect(try count(hq, "attachment") == 4)
        #expect(hqFiles(hq).count == 3)
    }

    @Test("a day's bundle carries only the files not exported before; a detachment travels and the file goes after")
    func dayBundleAndDetach() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let (laptop, store, attached) = try laptopWithEvidence(fixture)
        let day = try fixture.export(laptop, scope: .day(SyncFixture.day))
        #expect(try entries(day.path).keys.filter { $0.hasPrefix("attachments/") }.count == 2)
        let dayAgain = try fixture.export(laptop, scope: .day(SyncFixture.day))
        #expect(try entries(dayAgain.path).keys.filter { $0.hasPrefix("attachments/") }.isEmpty)
        #expect(try store.detach(id: attached[0].id, reason: "拍错了").revision == 2)
        #expect(try store.recover().releasedFiles == 0)
        let changes = try fixture.export(laptop)
        #expect(changes.counts[.attachments] == 2)
        #expect(try store.recover().releasedFiles == 1)
        #expect(!FileManager.default.fileExists(atPath: store.fileURL(of: attached[0]).path))
        #expect(FileManager.default.fileExists(atPath: store.fileURL(of: attached[1]).path))

        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let importer = HQImporter(database: hq, keyring: keyring)
        for bundle in [day, dayAgain, changes] { _ = try importer.importFile(URL(fileURLWithPath: bundle.path)) }
        let detached = try hq.reader.read { db in try FieldbookCore.Attachment.fetchOne(db, key: attached[0].id) }
        #expect(detached?.detachReason == "拍错了")
        #expect(hqFiles(hq).count == 2)
    }

    @Test("one changed byte in an attachment refuses the bundle whole, naming the file, and leaves HQ as it was")
    func flippedByte() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let (laptop, _, attached) = try laptopWithEvidence(fixture)
        let bundle = try fixture.export(laptop)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let importer = HQImporter(database: hq, keyring: keyring)
        let name = "attachments/" + attached[1].sha256

        // Re-zipped with the byte changed (so the zip's own CRC is right): the manifest catches it.
        var surgery = try BundleSurgery(Data(contentsOf: URL(fileURLWithPath: bundle.path)))
        var content = try #require(surgery[name])
        content[content.count / 2] ^= 0x01
        surgery[name] = content
        let before = try tableContents(hq)
        #expect(throws: SyncError.badFile("flipped.zip", .checksumMismatch(name))) {
            try importer.importData(try surgery.zip(), file: "flipped.zip")
        }
        #expect(try tableContents(hq) == before)

        // The byte changed in the file as it is (attachments are stored, not deflated): refused, named.
        var raw = try Data(contentsOf: URL(fileURLWithPath: bundle.path))
        let original = try Data(contentsOf: AttachmentStore(database: laptop).fileURL(of: attached[1]))
        let at = try #require(raw.range(of: original.subdata(in: 1000..<1100))).lowerBound
        raw[at] ^= 0x80
        let file = fixture.path("flipped-raw.zip")
        try raw.write(to: file)
        do {
            _ = try importer.importFile(file)
            Issue.record("a damaged bundle was accepted")
        } catch let error as SyncError {
            #expect(error.message(in: .en).contains(name), "\(error.message(in: .en))")
        }
        #expect(try tableContents(hq) == before)
        #expect(hqFiles(hq).isEmpty)
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: hq.path + ".attachments")) ?? []).filter { $0.hasPrefix(".tmp") }.isEmpty)
    }

    @Test("a bundle from before attachments (no attachments.jsonl) still imports; an attachment entry not named by a SHA-256 is refused")
    func olderBundles() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop, visits: 1)
        let bundle = try fixture.export(laptop)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        var surgery = try BundleSurgery(Data(contentsOf: URL(fileURLWithPath: bundle.path)))
        surgery["attachments.jsonl"] = nil
        surgery["csv/attachments.csv"] = nil
        try surgery.resign(with: try DeviceKeyStore.key(for: laptop)) { $0.counts["attachments"] = nil }
        let report = try HQImporter(database: hq, keyring: keyring).importData(try surgery.zip(), file: "old.zip")
        #expect(report.counts["siteVisit"]?.inserted == 1)

        // An attachment entry whose name is not a SHA-256 is an unsafe name.
        var forged = try BundleSurgery(Data(contentsOf: URL(fileURLWithPath: bundle.path)))
        forged["attachments/../../evil"] = Data("x".utf8)
        #expect(throws: SyncError.self) { try HQImporter(database: hq, keyring: keyring).importData(try forged.zip(), file: "f.zip") }
        var notHex = try BundleSurgery(Data(contentsOf: URL(fileURLWithPath: bundle.path)))
        notHex["attachments/photo.jpg"] = Data("x".utf8)
        try notHex.resign(with: try DeviceKeyStore.key(for: laptop))
        #expect(throws: SyncError.badFile("n.zip", .unsafeEntryName("attachments/photo.jpg"))) {
            try HQImporter(database: hq, keyring: keyring).importData(try notHex.zip(), file: "n.zip")
        }
    }
}
