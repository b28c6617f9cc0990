import Foundation
import GRDB
import Testing
@testable import FieldbookCore
import FieldbookBench
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// The status workflow travels to headquarters: every new field, the report's count per status,
/// and the enterprise's level dropping once its critical finding is verified rectified — the same
/// level on the laptop and at headquarters. Bundles from before the workflow still import.
@Suite("Recommendation workflow: laptop → bundle → headquarters")
struct RecommendationWorkflowRoundTripTests {
    static let v2 = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples/checklists/employment-risk.v2.json")

    struct Story {
        let fixture: SyncFixture
        let laptop: AppDatabase
        let enterprise: Enterprise
        let critical: Recommendation
        let hours: Recommendation
        let free: Recommendation
    }

    /// Twenty days before `SyncFixture.day` (10:00 in Shiyan): the visit and its recommendations
    /// are written that day, so every later status change is dated after them.
    static let visitDay = SyncFixture.day.adding(days: -20)

    /// A screening with a critical finding (SP-01, forced labour) and an hours finding (HR-02),
    /// LC-01 and WG-01 compliant; one recommendation per finding and one without an item.
    /// Worked by hand (docs/risk-scoring.md): failed weight 3 + 2 of 3 + 3 + 3 + 2 = 45.5, a
    /// short check (11 < 20 points) so the score gives at most medium; F4 (critical failed) →
    /// major. With SP-01 counted compliant: 2 / 11 = 18.2 → medium, no floor → medium.
    private func story() throws -> Story {
        let fixture = try SyncFixture()
        let laptop = try fixture.laptop()
        try laptop.loadTemplate(path: Self.v2.path)
        let enterprise = try SyncSampleData.addEnterprises(laptop, count: 1)[0]
        let then = AppDatabase(migrated: laptop.writer, clock: .fixed(Date(timeIntervalSince1970: 1_714_960_800 - 20 * 86_400)))
        let visit = try then.startVisit(enterpriseId: enterprise.id, type: .riskScreening)
        #expect(visit.date == Self.visitDay)
        for (code, value) in [("SP-01", AnswerValue.nonCompliant), ("HR-02", .nonCompliant), ("LC-01", .compliant),
                              ("WG-01", .compliant)] {
            try then.setAnswer(visitId: visit.id, itemCode: code, value: value)
        }
        let critical = try then.addRecommendation(visitId: visit.id, itemCodes: ["SP-01"], text: "立即停止扣押身份证件",
                                                    priority: .high, deadline: SyncFixture.day.adding(days: -19))
        let hours = try then.addRecommendation(visitId: visit.id, itemCodes: ["HR-02"], text: "控制加班时长",
                                                 priority: .medium, deadline: SyncFixture.day.adding(days: -10))
        let free = try then.addRecommendation(visitId: visit.id, text: "报送整改情况", priority: .low,
                                                deadline: SyncFixture.day.adding(days: -5))
        #expect(try then.completeVisit(id: visit.id).riskLevel == .major)
        return Story(fixture: fixture, laptop: laptop, enterprise: enterprise, critical: critical, hours: hours, free: free)
    }

    private func importLatest(_ s: Story, into hq: HQDatabase, _ keyring: HQKeyring) throws {
        let result = try s.fixture.export(s.laptop)
        let report = try HQImporter(database: hq, keyring: keyring).importFile(URL(fileURLWithPath: result.path))
        #expect(report.total(\.conflicts) == 0)
    }

    @Test("statuses, evidence and referral arrive at HQ; the report counts each status; the level drops on both sides")
    func workflowAtHeadquarters() throws {
        let s = try story()
        defer { s.fixture.cleanUp() }
        let (hq, keyring) = try s.fixture.headquarters(trusting: [s.laptop])
        try hq.store.loadTemplate(path: Self.v2.path)
        try importLatest(s, into: hq, keyring)
        #expect(try hq.store.enterprise(id: s.enterprise.id)?.lastRiskLevel == .major)
        let before = try hq.hqReport(from: nil, to: nil)
        #expect(before.earlyWarning.map(\.riskLevel) == [.major])

        // The hours fix fails its re-check; the free one is referred; the critical one is closed.
        let day = SyncFixture.day
        _ = try s.laptop.changeRecommendationStatus(id: s.hours.id, .rectified(evidence: "新排班表"), on: day.adding(days: -12))
        _ = try s.laptop.changeRecommendationStatus(id: s.hours.id, .recheckFailed(newDeadline: day.adding(days: 20)),
                                                    on: day.adding(days: -2))
        _ = try s.laptop.changeRecommendationStatus(id: s.free.id, .referred(to: "十堰市劳动保障监察支队"), on: day)
        // Only the hours finding closed would leave the critical one: still major.
        _ = try s.laptop.changeRecommendationStatus(id: s.critical.id, .rectified(evidence: nil), on: day.adding(days: -18))
        #expect(try s.laptop.enterprise(id: s.enterprise.id)?.lastRiskLevel == .major)
        _ = try s.laptop.changeRecommendationStatus(id: s.critical.id, .closed(evidence: "复查：身份证件已全部退还本人"),
                                                    on: day.adding(days: -1))
        #expect(try s.laptop.enterprise(id: s.enterprise.id)?.lastRiskLevel == .medium)
        #expect(try s.laptop.enterprise(id: s.enterprise.id)?.openRecommendationCount == 1)

        try importLatest(s, into: hq, keyring)
        let atHQ = try #require(try hq.store.enterprise(id: s.enterprise.id))
        #expect(atHQ.lastRiskLevel == .medium)
        #expect(atHQ.openRecommendationCount == 1)
        let recs = try hq.reader.read { db in try Recommendation.fetchAll(db).sorted { $0.text < $1.text } }
        let byId = Dictionary(uniqueKeysWithValues: recs.map { ($0.id, $0) })
        #expect(byId[s.critical.id]?.status == .closed)
        #expect(byId[s.critical.id]?.evidenceNote == "复查：身份证件已全部退还本人")
        #expect(byId[s.critical.id]?.verifiedOn == day.adding(days: -1))
        #expect(byId[s.hours.id]?.status == .recheckFailed)
        #expect(byId[s.hours.id]?.recheckFailedOn == day.adding(days: -2))
        #expect(byId[s.hours.id]?.deadline == day.adding(days: 20))
        #expect(byId[s.free.id]?.referredTo == "十堰市劳动保障监察支队")
        #expect(byId[s.free.id]?.referredOn == day)

        let after = try hq.hqReport(from: nil, to: nil)
        #expect(after.recommendationsByStatus.map(\.0) == [.open, .rectified, .recheckFailed, .closed, .referred])
        #expect(after.recommendationsByStatus.map(\.1) == [0, 0, 1, 1, 1])
        #expect(after.earlyWarning.isEmpty)
        #expect(after.riskDistribution.first { $0.0 == .medium }?.1 == 1)
        #expect(after.riskDistribution.first { $0.0 == .major }?.1 == 0)
        // A report of a period ending before the closing still shows the level of its day.
        let earlier = try hq.hqReport(from: nil, to: day.adding(days: -2))
        #expect(earlier.earlyWarning.map(\.riskLevel) == [.major])

        let text = ReportRenderer.render(after, format: .text, language: .zh)
        #expect(text.contains("意见建议整改状态"))
        #expect(text.range(of: #"已复查销号\s+1"#, options: .regularExpression) != nil)
        #expect(text.range(of: #"逾期已移交\s+1"#, options: .regularExpression) != nil)
        let english = ReportRenderer.render(after, format: .csv, language: .en)
        #expect(english.contains("re-check failed,1"))
    }

    @Test("a bundle written before the workflow (status \"verified\", no new fields) still imports, read as closed")
    func olderBundleImports() throws {
        let s = try story()
        defer { s.fixture.cleanUp() }
        _ = try s.laptop.changeRecommendationStatus(id: s.critical.id, .closed(evidence: "复查核实"), on: SyncFixture.day)
        let result = try s.fixture.export(s.laptop)
        // Rewrite the recommendation lines the way the previous version wrote them.
        var surgery = try BundleSurgery(Data(contentsOf: URL(fileURLWithPath: result.path)))
        let lines = String(decoding: surgery[BundleFile.recommendations.rawValue]!, as: UTF8.self)
        let old = lines.split(separator: "\n").map { line -> String in
            var object = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            for key in ["evidenceNote", "recheckFailedOn", "referredTo", "referredOn"] { object.removeValue(forKey: key) }
            if object["status"] as? String == "closed" { object["status"] = "verified" }
            return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }.joined(separator: "\n") + "\n"
        #expect(old.contains("\"status\":\"verified\""))
        #expect(!old.contains("evidenceNote"))
        surgery[BundleFile.recommendations.rawValue] = Data(old.utf8)
        try surgery.resign(with: try DeviceKeyStore.key(for: s.laptop))
        let url = s.fixture.path("older.zip")
        try surgery.zip().write(to: url)

        let (hq, keyring) = try s.fixture.headquarters(trusting: [s.laptop])
        try hq.store.loadTemplate(path: Self.v2.path)
        let report = try HQImporter(database: hq, keyring: keyring).importFile(url)
        #expect(report.total(\.conflicts) == 0)
        let closed = try #require(try hq.reader.read { db in try Recommendation.fetchOne(db, key: s.critical.id) })
        #expect(closed.status == .closed)
        #expect(closed.evidenceNote == nil)
        #expect(try hq.store.enterprise(id: s.enterprise.id)?.lastRiskLevel == .medium)
    }
}
