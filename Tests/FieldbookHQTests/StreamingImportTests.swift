import Foundation
import Testing
@testable import FieldbookCore
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// #20 part 1: a bundle the program writes is one it accepts, and HQ's import holds no entry whole.
@Suite("HQ import streams a bundle's entries")
struct StreamingImportTests {
    @Test("a full export many times the reader's buffer imports, and no entry is ever held whole")
    func largeBundleStreams() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop, visits: 2_000)
        let exported = try fixture.export(laptop, scope: .all)
        let url = URL(fileURLWithPath: exported.path)
        let answers = try #require(try BundleSurgery(Data(contentsOf: url))[BundleFile.answers.rawValue])
        let lines = answers.split(separator: 0x0A).count

        let opened = try BundleReader.open(url, decryptWith: nil)
        let read = try #require(try opened.readStatistics(.answers, size: HQMerger.batchSize))
        #expect(read.lines == lines && lines == 12_000)
        // One inflated piece plus at most one unfinished line: bounded, whatever the entry's size.
        #expect(read.largestBuffer <= 64 * 1024 + TextLimits.maxLineBytes)
        #expect(answers.count > 8 * read.largestBuffer, "the entry (\(answers.count) bytes) is not larger than the buffer")
        #expect(read.largestBatch == HQMerger.batchSize)

        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let report = try HQImporter(database: hq, keyring: keyring).importFile(url)
        #expect(report.counts["answer"]?.inserted == lines)
        #expect(report.counts["siteVisit"]?.inserted == 2_000)
        #expect(try count(hq, "answer") == lines)
    }

    @Test("a bundle whose entry was changed after it was checked is refused and leaves HQ as it was")
    func changedBetweenReads() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop, visits: 3)
        let exported = try fixture.export(laptop)
        let url = URL(fileURLWithPath: exported.path)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        // Record files streamed again for the merge (as those over `keptEntryBytes` are).
        let opened = try BundleReader.open(url, decryptWith: keyring, limits: ExtractionLimits(keptEntryBytes: 0))
        let kept = try BundleReader.open(url, decryptWith: keyring)
        // Another zip written over the file after the checks: the records read later are not those signed.
        var surgery = try BundleSurgery(Data(contentsOf: url))
        let visits = try #require(surgery[BundleFile.visits.rawValue])
        surgery[BundleFile.visits.rawValue] = Data(String(decoding: visits, as: UTF8.self)
            .replacingOccurrences(of: "第1次走访", with: "第9次走访").utf8)
        try surgery.zip().write(to: url)
        let before = try tableContents(hq)
        #expect(throws: SyncError.self) { try hq.mergeBundle(opened) }
        #expect(try tableContents(hq) == before)
        // Small record files kept from the check are merged as they were checked and signed.
        #expect(try hq.mergeBundle(kept).counts["siteVisit"]?.inserted == 3)
        let notes = try hq.reader.read { db in try String.fetchAll(db, sql: "SELECT notes FROM siteVisit") }
        #expect(notes.contains { $0.contains("第1次走访") } && !notes.contains { $0.contains("第9次走访") })
    }

    @Test("docs/bundle-format.md states the limits the reader and the exporter apply")
    func documentedLimits() throws {
        let text = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/bundle-format.md"), encoding: .utf8)
        let limits = ExtractionLimits.standard
        #expect(limits.maxTotalBytes == 16 << 30 && text.contains("≤ 16 GiB inflated in all"))
        #expect(limits.maxRatio == 250 && limits.ratioFloor == 1 << 20 && text.contains("above 1 MiB may not inflate more than 250×"))
        #expect(limits.maxEntries == 20_064 && text.contains("at most 20,064 entries"))
        #expect(TextLimits.maxLineBytes == 256 * 1024 && text.contains("256 KiB"))
    }
}
