import Foundation
import Testing
@testable import FieldbookCore
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// Issue #13, point 5: an over-long field or line in a correctly signed bundle is refused whole,
/// naming the record and field, and headquarters does not change.
@Suite("Text limits at headquarters")
struct TextLimitTests {
    /// The laptop's bundle `source` with the first visit's notes replaced by `notes`, re-signed by it.
    private func bundle(withNotes notes: String, from source: ExportResult, _ fixture: SyncFixture,
                        _ laptop: AppDatabase) throws -> (URL, String) {
        var surgery = try BundleSurgery(Data(contentsOf: URL(fileURLWithPath: source.path)))
        var lines = surgery[BundleFile.visits.rawValue]!.split(separator: 0x0A).map { Data($0) }
        var visit = try #require(try JSONSerialization.jsonObject(with: lines[0]) as? [String: Any])
        visit["notes"] = notes
        lines[0] = try JSONSerialization.data(withJSONObject: visit, options: [.sortedKeys, .withoutEscapingSlashes])
        surgery[BundleFile.visits.rawValue] = Data(lines.joined(separator: Data([0x0A]))) + Data([0x0A])
        try surgery.resign(with: try DeviceKeyStore.key(for: laptop))
        let url = fixture.path("limits-\(RecordID.make()).zip")
        try surgery.zip().write(to: url)
        return (url, try #require(visit["id"] as? String))
    }

    @Test("a visit note one character over the limit is refused naming entry, line, record and field; at the limit it is taken")
    func noteOverTheLimit() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop, visits: 2)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let importer = HQImporter(database: hq, keyring: keyring)
        let limit = TextLimits.limit("siteVisit", "notes")
        // Code points, not bytes or graphemes: 👍🏽 is two.
        let source = try fixture.export(laptop)
        let (over, visitId) = try bundle(withNotes: String(repeating: "记", count: limit - 1) + "👍🏽", from: source, fixture, laptop)
        let before = try tableContents(hq)
        #expect(throws: SyncError.badFile(over.lastPathComponent, .fieldTooLong(
            entry: "visits.jsonl", line: 1, recordId: visitId, field: "notes", limit: limit, found: limit + 1))) {
            try importer.importFile(over)
        }
        #expect(try tableContents(hq) == before)
        let (fits, _) = try bundle(withNotes: String(repeating: "记", count: limit), from: source, fixture, laptop)
        #expect(try importer.importFile(fits).counts["siteVisit"]?.inserted == 2)
    }

    @Test("a 5 MB JSON line is refused before it is parsed")
    func hugeLine() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop, visits: 1)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let (url, _) = try bundle(withNotes: String(repeating: "a", count: 5_000_000), from: try fixture.export(laptop), fixture, laptop)
        let before = try tableContents(hq)
        // A generous extraction limit, so that the line limit is what refuses it.
        var limits = ExtractionLimits.standard
        limits.maxTotalBytes = 200_000_000
        limits.maxRatio = .max
        #expect(throws: SyncError.badFile(url.lastPathComponent, .lineTooLong(entry: "visits.jsonl", line: 1,
                                                                             limit: TextLimits.maxLineBytes))) {
            try HQImporter(database: hq, keyring: keyring, limits: limits).importFile(url)
        }
        #expect(try tableContents(hq) == before)
    }

    @Test("docs/schemas declare the same maxLength as TextLimits for every limited field")
    func schemasMatch() throws {
        let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/schemas")
        let files = ["enterprise": ["enterprise", "referenced-enterprise"], "siteVisit": ["visit"], "answer": ["answer"],
                     "recommendation": ["recommendation"], "auditEvent": ["audit-event"], "tombstone": ["tombstone"]]
        for (table, names) in files {
            for name in names {
                let data = try Data(contentsOf: schemas.appendingPathComponent("\(name).schema.json"))
                let properties = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["properties"] as? [String: [String: Any]])
                for (field, limit) in TextLimits.fields[table] ?? [:] {
                    #expect(properties[field]?["maxLength"] as? Int == limit, "\(name).\(field)")
                }
                for (field, limit) in TextLimits.lists[table] ?? [:] {
                    #expect(properties[field]?["maxItems"] as? Int == limit.items, "\(name).\(field)")
                    #expect((properties[field]?["items"] as? [String: Any])?["maxLength"] as? Int == limit.each, "\(name).\(field)[]")
                }
            }
        }
    }
}
