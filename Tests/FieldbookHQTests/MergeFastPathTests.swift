import Foundation
import Testing
@testable import FieldbookCore
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// The merge inserts a new visit's answers without looking each up; these are the cases where
/// that shortcut must still follow the rule.
@Suite("The merge's fast path keeps the rule")
struct MergeFastPathTests {
    @Test("a line repeated in a bundle is merged once, the repeat counted unchanged")
    func repeatedLine() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop, visits: 1)
        let exported = try fixture.export(laptop)
        var surgery = try BundleSurgery(try Data(contentsOf: URL(fileURLWithPath: exported.path)))
        let answers = try #require(surgery[BundleFile.answers.rawValue])
        surgery[BundleFile.answers.rawValue] = answers + Data(answers.split(separator: 0x0A)[0]) + Data([0x0A])
        try surgery.resign(with: try DeviceKeyStore.key(for: laptop))
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])

        let report = try HQImporter(database: hq, keyring: keyring).importData(try surgery.zip(), file: "repeated.zip")
        #expect(report.counts["answer"]?.inserted == 6 && report.counts["answer"]?.unchanged == 1)
        #expect(try count(hq, "answer") == 6)
    }

    @Test("an answer HQ holds a newer tombstone for stays deleted, though its visit is new to HQ")
    func buriedChildOfANewVisit() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop, visits: 1)
        let exported = try fixture.export(laptop)
        let answerId = try #require(try BundleReader.read(URL(fileURLWithPath: exported.path), decryptWith: nil)
            .answers.first?.text("id"))
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        try hq.store.write { db, change in
            var stone = Tombstone(id: answerId, recordType: "answer", deletedAt: change.now, inspectorId: nil, revision: 9)
            stone.changeSeq = change.changeSeq
            try stone.insert(db)
        }

        let report = try HQImporter(database: hq, keyring: keyring).importFile(URL(fileURLWithPath: exported.path))
        #expect(report.counts["answer"]?.older == 1 && report.counts["answer"]?.inserted == 5)
        #expect(try hq.reader.read { db in try Answer.fetchOne(db, key: answerId) } == nil)
        #expect(try count(hq, "siteVisit") == 1)
    }
}
