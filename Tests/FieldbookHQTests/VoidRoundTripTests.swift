import Foundation
import GRDB
import Testing
@testable import FieldbookCore
import FieldbookBench
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// Issue 12, point 4 (headquarters): voids travel in bundles, merge by the revision rule, are
/// never undone by an older or void-less version, and headquarters' reports leave them out.
@Suite("Voided records: laptop → bundle → headquarters")
struct VoidRoundTripTests {
    struct World {
        let fixture: SyncFixture
        let laptop: AppDatabase
        let hq: HQDatabase
        let importer: HQImporter
        /// A completed visit at an enterprise in 竹溪县 (the only one there), with a recommendation.
        let visit: SiteVisit
        /// A recommendation of another visit.
        let other: Recommendation

        func send(_ scope: ExportScope = .sinceLastExport) throws -> MergeReport {
            try importer.importFile(URL(fileURLWithPath: try fixture.export(laptop, scope: scope).path))
        }

        func held<R: SyncedRecord>(_ type: R.Type, _ id: String) throws -> R? {
            try hq.reader.read { db in try R.fetchOne(db, key: id) }
        }
    }

    func world() throws -> World {
        let fixture = try SyncFixture()
        let laptop = try fixture.laptop()
        try fixture.fieldDay(laptop, visits: 3)
        let zhuxi = try laptop.createEnterprise(Enterprise(creditCode: SyncSampleData.creditCode(901), name: "竹溪县茶叶加工厂",
                                                           district: "竹溪县", source: .field))
        let visit = try laptop.startVisit(enterpriseId: zhuxi.id, type: .riskScreening, date: SyncFixture.day,
                                          templateId: SyncSampleData.templateId)
        try laptop.setAnswer(visitId: visit.id, itemCode: "S-01", value: .nonCompliant)
        try laptop.addRecommendation(visitId: visit.id, itemCodes: ["S-01"], text: "补签劳动合同", priority: .high)
        let completed = try laptop.completeVisit(id: visit.id)
        let other = try laptop.addRecommendation(visitId: try laptop.startVisit(enterpriseId: zhuxi.id, type: .summons,
                                                                                 date: SyncFixture.day,
                                                                                 templateId: SyncSampleData.templateId).id,
                                                 text: "写错的建议", priority: .low)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        return World(fixture: fixture, laptop: laptop, hq: hq, importer: HQImporter(database: hq, keyring: keyring),
                     visit: completed, other: other)
    }

    @Test("A voided visit and a voided recommendation reach HQ and leave its report (totals, districts, CSV)")
    func voidsLeaveTheReport() throws {
        let w = try world()
        defer { w.fixture.cleanUp() }
        _ = try w.send()
        let before = try w.hq.hqReport(from: SyncFixture.day, to: SyncFixture.day)
        #expect(before.byDistrict.contains { $0.name == "竹溪县" })
        #expect(ReportRenderer.render(before, format: .csv, language: .zh).contains("竹溪县"))

        try w.laptop.voidVisit(id: w.visit.id, reason: "企业选错了")
        try w.laptop.voidRecommendation(id: w.other.id, reason: "写错了")
        let second = try w.send()
        #expect(second.counts["siteVisit"]?.updated == 1)
        #expect(second.counts["recommendation"]?.updated == 2)

        let visit = try #require(try w.held(SiteVisit.self, w.visit.id))
        #expect(visit.voidReason == "企业选错了" && visit.voidedBy == "李明" && visit.voidedAt != nil)
        #expect(try w.held(Recommendation.self, w.other.id)?.voidReason == "写错了")
        let after = try w.hq.hqReport(from: SyncFixture.day, to: SyncFixture.day)
        // The voided visit is gone; the interview (still a draft, not voided) keeps 竹溪县 listed.
        #expect(after.totals.visits == before.totals.visits - 1)
        #expect(after.totals.recommendationsMade == before.totals.recommendationsMade - 2)
        #expect(after.byDistrict.first { $0.name == "竹溪县" }?.visits == 1)
        #expect(after.byDistrict.first { $0.name == "竹溪县" }?.recommendations == 0)
        #expect(try w.hq.store.enterprise(id: visit.enterpriseId)?.openRecommendationCount == 0)
    }

    @Test("A void is never undone: not by an older bundle arriving later, not by a later version without it")
    func voidStays() throws {
        let w = try world()
        defer { w.fixture.cleanUp() }
        _ = try w.send()
        // A re-send of the day, made before the void, imported after it.
        let resend = try w.fixture.export(w.laptop, scope: .day(SyncFixture.day))
        try w.laptop.voidVisit(id: w.visit.id, reason: "企业选错了")
        _ = try w.send()
        let late = try w.importer.importFile(URL(fileURLWithPath: resend.path))
        #expect((late.counts["siteVisit"]?.older ?? 0) >= 1)
        #expect(try w.held(SiteVisit.self, w.visit.id)?.isVoided == true)

        // A laptop restored from a backup taken before the void writes a newer revision without it.
        let voided = try #require(try w.laptop.visit(id: w.visit.id)?.visit)
        try edit(w.laptop, voided) { $0.voidedAt = nil; $0.voidReason = nil; $0.voidedBy = nil; $0.notes = "恢复" }
        let undo = try w.send()
        #expect(undo.counts["siteVisit"]?.conflicts == 1)
        let held = try #require(try w.held(SiteVisit.self, w.visit.id))
        #expect(held.isVoided && held.notes != "恢复")
        let kind = try w.hq.reader.read { db in
            try String.fetchOne(db, sql: "SELECT kind FROM hqConflict WHERE recordId = ?", arguments: [w.visit.id])
        }
        #expect(kind == "voidUndone")
    }

    @Test("Bundles without the void fields (older ones, and every record not voided) still import")
    func olderBundlesImport() throws {
        let w = try world()
        defer { w.fixture.cleanUp() }
        let bundle = try w.fixture.export(w.laptop)
        let surgery = try BundleSurgery(Data(contentsOf: URL(fileURLWithPath: bundle.path)))
        let visits = String(decoding: surgery[BundleFile.visits.rawValue]!, as: UTF8.self)
        #expect(!visits.contains("voided") && !visits.contains("voidReason"))
        let report = try w.importer.importFile(URL(fileURLWithPath: bundle.path))
        #expect(report.counts["siteVisit"]?.inserted == 5)
        #expect(try w.held(SiteVisit.self, w.visit.id)?.isVoided == false)
    }

    @Test("HQ refuses a bundle with a recommendation due before its visit, naming it")
    func deadlineBeforeVisitRefused() throws {
        let w = try world()
        defer { w.fixture.cleanUp() }
        let bundle = try w.fixture.export(w.laptop)
        var surgery = try BundleSurgery(Data(contentsOf: URL(fileURLWithPath: bundle.path)))
        let name = BundleFile.recommendations.rawValue
        let lines = String(decoding: surgery[name]!, as: UTF8.self).split(separator: "\n").map(String.init)
        let index = try #require(lines.firstIndex { $0.contains(w.other.id) })
        let deadline = try #require(w.other.deadline?.description)
        var edited = lines
        edited[index] = lines[index].replacingOccurrences(of: "\"deadline\":\"\(deadline)\"", with: "\"deadline\":\"2024-01-02\"")
        #expect(edited[index] != lines[index])
        surgery[name] = Data((edited.joined(separator: "\n") + "\n").utf8)
        try surgery.resign(with: try DeviceKeyStore.key(for: w.laptop))
        let url = w.fixture.path("early-deadline.zip")
        try surgery.zip().write(to: url)
        let before = try tableContents(w.hq)
        #expect(throws: SyncError.badFile(url.lastPathComponent, .deadlineBeforeVisit(recordId: w.other.id, deadline: "2024-01-02",
                                                                                   visitDate: SyncFixture.day.description))) {
            try w.importer.importFile(url)
        }
        #expect(try tableContents(w.hq) == before)
    }
}
