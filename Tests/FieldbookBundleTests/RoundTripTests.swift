import Foundation
import GRDB
import Testing
@testable import FieldbookCore
import FieldbookBench
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

@Suite("Laptop → bundle → headquarters")
struct RoundTripTests {
    @Test("every record type arrives at HQ exactly as the laptop holds it")
    func everyRecordType() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        let registry = try fixture.fieldDay(laptop)
        // A field-created enterprise, an edited one, and a deleted recommendation (a tombstone).
        var fieldEnterprise = Enterprise(creditCode: SyncSampleData.creditCode(900), name: "现场新增建筑劳务公司",
                                         district: "房县", source: .field)
        fieldEnterprise = try laptop.createEnterprise(fieldEnterprise)
        var edited = registry[0]
        edited.phone = "0719-8888888"
        try laptop.updateEnterprise(edited)
        let deleted = try laptop.reader.read { db in try Recommendation.fetchOne(db)! }
        try laptop.write { db, change in try Tombstones.bury(deleted, db, change) }

        let result = try fixture.export(laptop)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let report = try HQImporter(database: hq, keyring: keyring).importFile(URL(fileURLWithPath: result.path))

        #expect(report.changedAnything)
        #expect(report.total(\.conflicts) == 0)
        for type in [SiteVisit.self, Answer.self, Recommendation.self, AuditEvent.self, Tombstone.self] as [any SyncedRecord.Type] {
            let table = type.databaseTableName
            let columns = "id, revision, updatedAt"
            let sent = try laptop.reader.read { db in try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table) ORDER BY id") }
            let held = try hq.reader.read { db in try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table) ORDER BY id") }
            #expect(sent == held, "table \(table)")
        }
        let visits = try laptop.reader.read { db in try SiteVisit.order(Column("id")).fetchAll(db) }
        let hqVisits = try hq.reader.read { db in try SiteVisit.order(Column("id")).fetchAll(db) }
        #expect(visits.map(\.notes) == hqVisits.map(\.notes))
        #expect(visits.map(\.riskLevel) == hqVisits.map(\.riskLevel))
        #expect(try hq.store.enterprise(id: fieldEnterprise.id)?.name == "现场新增建筑劳务公司")
        #expect(try hq.store.enterprise(id: edited.id)?.phone == "0719-8888888")
        #expect(try hq.reader.read { db in try Recommendation.fetchOne(db, key: deleted.id) } == nil)
        #expect(try hq.reader.read { db in try Tombstone.fetchOne(db, key: deleted.id) }?.recordType == "recommendation")
        #expect(try hq.reader.read { db in try Inspector.fetchOne(db) }?.name == "李明")
    }

    @Test("the default export sends only what changed since the last one, and numbers the bundles")
    func incremental() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        let registry = try fixture.fieldDay(laptop, visits: 2)
        #expect(try laptop.pendingExport().visits == 2)
        let first = try fixture.export(laptop)
        #expect(try laptop.pendingExport().isEmpty)
        #expect(try laptop.pendingExport().lastSequence == 1)
        #expect(first.sequence == 1)
        #expect(first.counts[.visits] == 2)
        #expect(throws: SyncError.nothingToExport) { try fixture.export(laptop) }

        let visit = try edit(laptop, try laptop.reader.read { db in try SiteVisit.fetchOne(db)! }) {
            $0.notes = "补充：已约谈企业负责人"
        }
        let second = try fixture.export(laptop)
        #expect(second.sequence == 2)
        #expect(second.counts[.visits] == 1)
        #expect(second.counts[.answers] == 0)
        #expect(second.counts[.referencedEnterprises] == 1)

        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let importer = HQImporter(database: hq, keyring: keyring)
        _ = try importer.importFile(URL(fileURLWithPath: first.path))
        let update = try importer.importFile(URL(fileURLWithPath: second.path))
        #expect(update.counts["siteVisit"]?.updated == 1)
        #expect(try hq.reader.read { db in try SiteVisit.fetchOne(db, key: visit.id) }?.notes == "补充：已约谈企业负责人")
        #expect(try hq.reader.read { db in try SiteVisit.fetchOne(db, key: visit.id) }?.revision == 2)

        // The old bundle again, under a new id (--all re-export of revision 1 is older): never a step back.
        let replay = try importer.importFile(URL(fileURLWithPath: first.path))
        #expect(replay.alreadyImported)
        _ = registry
    }

    @Test("an identical re-import changes nothing and says so; a re-export of everything too")
    func idempotent() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop)
        let bundle = try fixture.export(laptop)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let importer = HQImporter(database: hq, keyring: keyring)
        _ = try importer.importFile(URL(fileURLWithPath: bundle.path))
        let before = try tableContents(hq)

        let again = try importer.importFile(URL(fileURLWithPath: bundle.path))
        #expect(again.alreadyImported)
        #expect(!again.changedAnything)
        #expect(try tableContents(hq) == before)

        let everything = try fixture.export(laptop, scope: .all)
        let merged = try importer.importFile(URL(fileURLWithPath: everything.path))
        #expect(!merged.alreadyImported)
        #expect(!merged.changedAnything)
        #expect(merged.total(\.unchanged) > 0)
        var after = try tableContents(hq)
        after["hqBundle"] = before["hqBundle"]
        #expect(after == before)
        #expect(MergeSummaryText.mentionsNothingChanged(merged))
    }

    @Test("a record edited while the export reads goes out whole in the next bundle")
    func editDuringExport() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop, visits: 1)
        let visitId = try laptop.reader.read { db in try String.fetchOne(db, sql: "SELECT id FROM siteVisit")! }
        let (header, notes) = try laptop.readForExport(scope: .sinceLastExport) { session -> (ExportHeader, [String]) in
            // Another writer (on another thread, as the UI would be) commits while this snapshot is open.
            let done = DispatchSemaphore(value: 0)
            DispatchQueue.global().async {
                _ = try? edit(laptop, try laptop.reader.read { db in try SiteVisit.fetchOne(db, key: visitId)! }) {
                    $0.notes = "导出期间的修改"
                }
                done.signal()
            }
            done.wait()
            var seen: [String] = []
            try session.forEach(SiteVisit.self) { seen.append($0.notes) }
            return (session.header, seen)
        }
        try laptop.recordExport(header: header, scope: .sinceLastExport, bundleId: RecordID.make())
        #expect(try laptop.reader.read { db in try SiteVisit.fetchOne(db, key: visitId)?.notes } == "导出期间的修改")
        #expect(notes.count == 1)
        #expect(notes[0] != "导出期间的修改")
        let next = try fixture.export(laptop)
        #expect(next.counts[.visits] == 1)
        let bundle = try BundleReader.read(URL(fileURLWithPath: next.path), decryptWith: nil)
        #expect(bundle.visits.first?.text("notes") == "导出期间的修改")
        #expect(try bundle.visits.first?.record(SiteVisit.self).revision == 2)
    }

    @Test("a day's bundle re-sends that day and leaves the cursor alone")
    func dayScope() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        let registry = try fixture.fieldDay(laptop, visits: 2)
        try fixture.fieldDay(laptop, enterprises: registry, visits: 3, seed: 9, day: LocalDate("2024-05-07")!)
        let cursorBefore = try laptop.reader.read { db in try ExportCursor.fetchOne(db, key: "default")?.lastChangeSeq }
        let day = try fixture.export(laptop, scope: .day(SyncFixture.day))
        #expect(day.counts[.visits] == 2)
        #expect(day.counts[.answers] == 12)
        #expect(try laptop.reader.read { db in try ExportCursor.fetchOne(db, key: "default")?.lastChangeSeq } == cursorBefore ?? 0)
        let regular = try fixture.export(laptop)
        #expect(regular.sequence == 2)
        #expect(regular.counts[.visits] == 5)
    }

    @Test("a day's bundle carries the deletions made that day (the fixed clock's day), and no others")
    func dayScopeDeletions() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        let registry = try fixture.fieldDay(laptop, visits: 2)
        let deleted = try laptop.reader.read { db in try Recommendation.fetchOne(db)! }
        try laptop.write { db, change in try Tombstones.bury(deleted, db, change) }
        let today = try fixture.export(laptop, scope: .day(SyncFixture.day))
        #expect(today.counts[.tombstones] == 1)
        let bundle = try BundleReader.read(URL(fileURLWithPath: today.path), decryptWith: nil)
        #expect(bundle.tombstones.map { $0.text("id") } == [deleted.id])
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        _ = try HQImporter(database: hq, keyring: keyring).importFile(URL(fileURLWithPath: today.path))
        #expect(try hq.reader.read { db in try Tombstone.fetchOne(db, key: deleted.id) }?.recordType == "recommendation")
        try fixture.fieldDay(laptop, enterprises: registry, visits: 1, day: LocalDate("2024-05-05")!)
        #expect(try fixture.export(laptop, scope: .day(LocalDate("2024-05-05")!)).counts[.tombstones] == 0)
    }
}

/// The CLI's one-line summary is built from these facts; tests check the facts.
enum MergeSummaryText {
    static func mentionsNothingChanged(_ report: MergeReport) -> Bool { !report.changedAnything && report.total(\.unchanged) > 0 }
}
