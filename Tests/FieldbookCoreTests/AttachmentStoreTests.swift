import Foundation
import GRDB
import TestSupport
import Testing
@testable import FieldbookCore

/// A database, a visit and an attachment store in a private temporary directory.
private struct Ground {
    let root: URL
    let db: AppDatabase
    let store: AttachmentStore
    let visit: SiteVisit

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("fieldbook-attach-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        db = try Fixtures.database()
        let enterprise = try Fixtures.enterprise(db)
        visit = try db.startVisit(enterpriseId: enterprise.id, type: .riskScreening)
        store = AttachmentStore(database: db, directory: root.appendingPathComponent("store"))
    }

    func file(_ name: String, _ data: Data) throws -> URL {
        let url = root.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    /// The names in the store's directory, the lock file left out.
    var stored: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: store.directory.path)) ?? []).filter { $0 != ".lock" }.sorted()
    }

    func rows() throws -> Int { try db.reader.read { try FieldbookCore.Attachment.fetchCount($0) } }

    func cleanUp() { try? FileManager.default.removeItem(at: root) }
}

@Suite("Attachments: content-addressed store, limits, sniffing, EXIF, recovery")
struct AttachmentStoreTests {
    @Test("Given a JPEG, when attached to a visit, then it is stored once under its SHA-256, owner-only, with its metadata")
    func attachesJPEG() throws {
        let g = try Ground()
        defer { g.cleanUp() }
        let photo = try g.file("工资公示栏.jpg", EvidenceFiles.jpeg())
        let attached = try g.store.attach(visitId: g.visit.id, files: [photo], caption: "  未张贴工资支付公示 ")
        let a = try #require(attached.first)
        #expect(a.mediaType == .jpeg)
        #expect(a.capturedAt == "2024-05-20T09:41:07")
        #expect(a.caption == "未张贴工资支付公示")
        #expect(a.originalName == "工资公示栏.jpg")
        #expect(a.size == Int64(EvidenceFiles.jpeg().count))
        #expect(a.revision == 1 && a.attachedByName == "王芳" && a.attachedBy != nil)
        #expect(a.id == a.id.uppercased() && UUID(uuidString: a.id) != nil)
        let stored = try Data(contentsOf: g.store.fileURL(of: a))
        #expect(stored == EvidenceFiles.jpeg())
        #expect(g.stored == [a.sha256])
        let fileMode = try FileManager.default.attributesOfItem(atPath: g.store.fileURL(of: a).path)[.posixPermissions] as? Int
        let dirMode = try FileManager.default.attributesOfItem(atPath: g.store.directory.path)[.posixPermissions] as? Int
        #expect(fileMode == 0o600 && dirMode == 0o700)
        #expect(try Fixtures.auditEvents(g.db, recordId: a.id).map(\.newValue) == ["created"])
    }

    @Test("Given the same photo attached to two items, then it is stored once and both rows name it")
    func deduplicates() throws {
        let g = try Ground()
        defer { g.cleanUp() }
        let photo = try g.file("a.jpg", EvidenceFiles.jpeg())
        let copy = try g.file("b.jpg", EvidenceFiles.jpeg())
        let first = try g.store.attach(visitId: g.visit.id, files: [photo], to: .item(code: "LC-01"))
        let second = try g.store.attach(visitId: g.visit.id, files: [copy], to: .item(code: "LC-02"))
        #expect(first[0].sha256 == second[0].sha256)
        #expect(g.stored == [first[0].sha256])
        #expect(try g.rows() == 2)
        // The same content again in the same place is refused, nothing added.
        #expect(throws: AttachmentError.alreadyAttached(name: "b.jpg")) {
            try g.store.attach(visitId: g.visit.id, files: [copy], to: .item(code: "LC-02"))
        }
        #expect(try g.rows() == 2)
    }

    @Test("Media types are sniffed from the content, whatever the name says")
    func sniffs() throws {
        let g = try Ground()
        defer { g.cleanUp() }
        let files = [try g.file("scan.jpg", EvidenceFiles.pdf()), try g.file("photo.txt", EvidenceFiles.png()),
                     try g.file("IMG_0001.HEIC", EvidenceFiles.heic()), try g.file("notes.pdf", Data("plain text".utf8)),
                     try g.file("x.bin", EvidenceFiles.jpeg(taken: nil))]
        let attached = try g.store.attach(visitId: g.visit.id, files: files)
        #expect(attached.map(\.mediaType) == [.pdf, .png, .heic, .other, .jpeg])
        #expect(attached.map(\.capturedAt) == [nil, nil, nil, nil, nil])
        #expect(AttachmentMediaType.sniff(Data([0, 0, 0, 0x18] + Array("ftypavif".utf8))) == .other)
    }

    @Test("EXIF capture time is read from little- and big-endian TIFF, and nonsense gives none")
    func exif() {
        #expect(ExifCaptureTime.read(EvidenceFiles.jpeg(taken: "2023:12:31 23:59:58", bigEndian: true)) == "2023-12-31T23:59:58")
        #expect(ExifCaptureTime.read(EvidenceFiles.jpeg(taken: "2024:05:20 09:41:07")) == "2024-05-20T09:41:07")
        #expect(ExifCaptureTime.read(EvidenceFiles.jpeg(taken: "    :  :     :  :  ")) == nil)
        #expect(ExifCaptureTime.read(EvidenceFiles.jpeg(taken: "2024:13:20 09:41:07")) == nil)
        // Cut anywhere: never a trap, never a wrong date.
        let whole = [UInt8](EvidenceFiles.jpeg())
        for end in 0..<whole.count {
            let value = ExifCaptureTime.read(whole[0..<end])
            #expect(value == nil || value == "2024-05-20T09:41:07")
        }
        // Offsets pointing outside, and an IFD pointing at itself.
        var broken = whole
        broken[30] = 0xFF   // the Exif IFD pointer's low byte (TIFF at 12, IFD0 entry value at +18)
        #expect(ExifCaptureTime.read(broken) == nil)
    }

    @Test("Given a file over the per-file limit, or files over the per-visit limit, then the refusal says so and nothing is stored")
    func limits() throws {
        let g = try Ground()
        defer { g.cleanUp() }
        try g.db.saveAttachmentLimits(AttachmentLimits(maxFileBytes: 1_000, maxVisitBytes: 2_500))
        let big = try g.file("big.pdf", EvidenceFiles.pdf() + EvidenceFiles.noise(1_200))
        #expect(throws: AttachmentError.fileTooLarge(name: "big.pdf", size: Int64(EvidenceFiles.pdf().count + 1_200), limit: 1_000)) {
            try g.store.attach(visitId: g.visit.id, files: [big])
        }
        #expect(AttachmentError.fileTooLarge(name: "big.pdf", size: 1_258, limit: 1_000).message(in: .en)
            == "\"big.pdf\" is 1 KB, more than the 1 KB limit per file; nothing was attached")
        #expect(AttachmentError.fileTooLarge(name: "大.pdf", size: 26_000_000, limit: 25_000_000).message(in: .zh)
            == "“大.pdf”有 26 MB，超过每个文件 25 MB 的上限；未附加任何文件")
        let parts = try (1...3).map { try g.file("p\($0).bin", EvidenceFiles.noise(900, seed: UInt64($0))) }
        #expect(throws: AttachmentError.visitLimit(name: "p3.bin", total: 2_700, limit: 2_500)) {
            try g.store.attach(visitId: g.visit.id, files: parts)
        }
        #expect(try g.rows() == 0)
        #expect(g.stored.isEmpty)
        // Two fit; the third, later, does not.
        _ = try g.store.attach(visitId: g.visit.id, files: Array(parts[0...1]))
        #expect(throws: AttachmentError.visitLimit(name: "p3.bin", total: 2_700, limit: 2_500)) {
            try g.store.attach(visitId: g.visit.id, files: [parts[2]])
        }
        #expect(try g.rows() == 2 && g.stored.count == 2)
        #expect(throws: AttachmentError.fileLimitAboveVisitLimit) {
            try g.db.saveAttachmentLimits(AttachmentLimits(maxFileBytes: 3_000, maxVisitBytes: 2_000))
        }
        #expect(try g.db.attachmentLimits() == AttachmentLimits(maxFileBytes: 1_000, maxVisitBytes: 2_500))
    }

    @Test("Given a bad target or a missing file among several, then nothing is stored")
    func allOrNothing() throws {
        let g = try Ground()
        defer { g.cleanUp() }
        let photo = try g.file("a.jpg", EvidenceFiles.jpeg())
        let missing = g.root.appendingPathComponent("nope.jpg")
        #expect(throws: AttachmentError.self) { try g.store.attach(visitId: g.visit.id, files: [photo, missing]) }
        #expect(throws: CoreError.unknownItem(code: "XX-99", template: "employment-risk v1")) {
            try g.store.attach(visitId: g.visit.id, files: [photo], to: .item(code: "XX-99"))
        }
        #expect(throws: AttachmentError.notAFile(path: g.root.path)) { try g.store.attach(visitId: g.visit.id, files: [g.root]) }
        #expect(throws: AttachmentError.emptyFile(name: "empty")) {
            try g.store.attach(visitId: g.visit.id, files: [try g.file("empty", Data())])
        }
        #expect(try g.rows() == 0)
        #expect(g.stored.isEmpty)
    }

    @Test("Given a recommendation, when a photo proves it, then the attachment names it; another enterprise's is refused")
    func recommendationTarget() throws {
        let g = try Ground()
        defer { g.cleanUp() }
        let rec = try g.db.addRecommendation(visitId: g.visit.id, text: "张贴工资支付公示", priority: .high)
        let photo = try g.file("notice.jpg", EvidenceFiles.jpeg())
        let a = try g.store.attach(visitId: g.visit.id, files: [photo], to: .recommendation(id: rec.id))
        #expect(a[0].recommendationId == rec.id && a[0].itemCode == nil)
        let other = try Fixtures.enterprise(g.db, name: "十堰另一家公司", serial: 2)
        let otherVisit = try g.db.startVisit(enterpriseId: other.id, type: .riskScreening)
        #expect(throws: AttachmentError.recommendationOfOtherEnterprise(id: rec.id)) {
            try g.store.attach(visitId: otherVisit.id, files: [photo], to: .recommendation(id: rec.id))
        }
    }

    @Test("Given an attachment, when detached with a reason, then it is audited and revised, and its file stays until exported")
    func detach() throws {
        let g = try Ground()
        defer { g.cleanUp() }
        let photo = try g.file("wrong.jpg", EvidenceFiles.jpeg())
        let a = try g.store.attach(visitId: g.visit.id, files: [photo])[0]
        #expect(throws: AttachmentError.detachNeedsReason) { try g.store.detach(id: a.id, reason: "  ") }
        let detached = try g.store.detach(id: a.id, reason: "拍错了企业")
        #expect(detached.revision == 2 && detached.detachReason == "拍错了企业" && detached.detachedAt != nil)
        #expect(throws: AttachmentError.alreadyDetached(id: a.id)) { try g.store.detach(id: a.id, reason: "again") }
        let fields = try Fixtures.auditEvents(g.db, recordId: a.id).map(\.field)
        #expect(fields.contains("detachReason") && fields.contains("detachedAt"))
        // Not exported yet: the file stays.
        #expect(try g.store.recover().releasedFiles == 0)
        #expect(g.stored == [a.sha256])
        // Once an export has covered the detachment, it goes.
        try g.db.writer.write { db in
            let seq = try Int64.fetchOne(db, sql: "SELECT value FROM changeSequence WHERE id = 1")!
            let cursor = ExportCursor(lastChangeSeq: seq, updatedAt: Timestamp(Date()))
            try cursor.save(db)
        }
        #expect(try g.store.recover().releasedFiles == 1)
        #expect(g.stored.isEmpty)
        #expect(try g.store.attachments(visitId: g.visit.id).map(\.id) == [a.id])
    }

    @Test("Given leftovers of a killed attach, when recovered, then temporary and orphan files go and complete ones stay")
    func recovers() throws {
        let g = try Ground()
        defer { g.cleanUp() }
        let kept = try g.store.attach(visitId: g.visit.id, files: [try g.file("kept.jpg", EvidenceFiles.jpeg())])[0]
        try Data("half a photo".utf8).write(to: g.store.directory.appendingPathComponent(".tmp-1234"))
        try Data("renamed, never recorded".utf8)
            .write(to: g.store.directory.appendingPathComponent(String(repeating: "ab", count: 32)))
        let report = try g.store.recover()
        #expect(report.temporaryFiles == 1 && report.orphanFiles == 1 && report.missing.isEmpty)
        #expect(g.stored == [kept.sha256])
        try FileManager.default.removeItem(at: g.store.fileURL(of: kept))
        #expect(try g.store.recover().missing == [kept.sha256])
    }

    @Test("Given a draft visit with an attachment, when the visit is deleted, then the attachment leaves a tombstone")
    func deletedVisit() throws {
        let g = try Ground()
        defer { g.cleanUp() }
        let a = try g.store.attach(visitId: g.visit.id, files: [try g.file("a.jpg", EvidenceFiles.jpeg())])[0]
        try g.db.deleteVisit(id: g.visit.id)
        let stone = try g.db.reader.read { try Tombstone.fetchOne($0, key: a.id) }
        #expect(stone?.recordType == "attachment" && stone?.revision == 2)
        #expect(try g.rows() == 0)
    }

    @Test("Sizes read as people read them")
    func describesSizes() {
        #expect(AttachmentLimits.describe(25_000_000) == "25 MB")
        #expect(AttachmentLimits.describe(1_540_000) == "1.5 MB")
        #expect(AttachmentLimits.describe(800_400) == "800 KB")
        #expect(AttachmentLimits.describe(12) == "12 bytes")
    }
}
