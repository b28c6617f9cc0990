import Foundation
import GRDB
import Testing
@testable import FieldbookCore
import FieldbookBench
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// Issue 15 item 4, done-when: a briefing with several enterprises goes from a laptop to
/// headquarters' report — the laptop's database, its exported bundle (JSON lines and CSV copies),
/// HQ's import and merge, and the report's counts by type and the enterprises the briefing reached.
@Suite("Visit types: laptop → bundle → headquarters' report")
struct BriefingRoundTripTests {
    struct World {
        let fixture: SyncFixture
        let laptop: AppDatabase
        let host: Enterprise
        let attending: [Enterprise]
        let briefing: SiteVisit
        let participants: [VisitParticipant]
    }

    /// A briefing at `host` with three more enterprises, a summons, a re-check and a mediation, all
    /// on the fixture's day.
    func world() throws -> World {
        let fixture = try SyncFixture()
        let laptop = try fixture.laptop()
        let day = SyncFixture.day
        func field(_ serial: Int, _ name: String, _ district: String) throws -> Enterprise {
            try laptop.createEnterprise(Enterprise(creditCode: SyncSampleData.creditCode(serial), name: name,
                                                   district: district, source: .field))
        }
        let host = try field(911, "武当山太和山庄酒店管理有限公司", "武当山旅游经济特区")
        let attending = [try field(912, "武当山玄岳国际大酒店有限公司", "武当山旅游经济特区"),
                         try field(913, "武当山太极湖餐饮管理有限公司", "武当山旅游经济特区"),
                         try field(914, "十堰车城假日酒店有限公司", "张湾区")]
        var briefing = try laptop.startVisit(enterpriseId: host.id, type: .policyBriefing, date: day,
                                             templateId: SyncSampleData.templateId)
        let participants = try attending.enumerated().map { index, e in
            try laptop.addParticipant(visitId: briefing.id, enterpriseId: e.id, attendees: index + 2)
        }
        briefing.place = "太和山庄二楼会议室"
        briefing.attendees = 36
        briefing.attendeeNames = "各企业负责人、人力资源专员"
        briefing.materials = "《保障农民工工资支付条例》汇编"
        briefing.materialsCount = 40
        briefing.questionsAnswered = 12
        briefing.legalSessions = 1
        briefing = try laptop.updateVisit(briefing)
        briefing = try laptop.completeVisit(id: briefing.id)

        var summons = try laptop.startVisit(enterpriseId: attending[2].id, type: .summons, date: day,
                                            templateId: SyncSampleData.templateId)
        summons.summonedPerson = "田立国"
        summons.summonedRole = "总经理"
        summons.summonsReason = "厨师加班费投诉"
        summons.talkRecord = "企业承认8—9月加班费未足额支付。"
        summons.commitments = "10日内补发加班费"
        summons.commitmentDate = day.adding(days: 10)
        _ = try laptop.completeVisit(id: try laptop.updateVisit(summons).id)
        for type in [VisitType.rectificationRecheck, .mediation] {
            _ = try laptop.completeVisit(id: try laptop.startVisit(enterpriseId: attending[0].id, type: type, date: day,
                                                                   templateId: SyncSampleData.templateId).id)
        }
        return World(fixture: fixture, laptop: laptop, host: host, attending: attending, briefing: briefing,
                     participants: participants)
    }

    @Test("The briefing's enterprises and every type's fields reach HQ's tables and report")
    func briefingReachesTheReport() throws {
        let w = try world()
        defer { w.fixture.cleanUp() }
        let exported = try w.fixture.export(w.laptop)
        #expect(exported.counts[.participants] == 3)
        // The bundle: participants as JSON lines, the new columns in the CSV copies.
        let bundle = try BundleSurgery(try Data(contentsOf: URL(fileURLWithPath: exported.path)))
        let lines = String(decoding: try #require(bundle["participants.jsonl"]), as: UTF8.self)
        #expect(lines.split(separator: "\n").count == 3)
        #expect(w.attending.allSatisfy { lines.contains($0.id) })
        let visitsCSV = String(decoding: try #require(bundle["csv/visits.csv"]).dropFirst(3), as: UTF8.self)
        #expect(visitsCSV.split(separator: "\r\n").first?.hasSuffix(
            "place,summonedPerson,summonedRole,summonsReason,talkRecord,commitments,commitmentDate,attendeeNames,materials,"
            + "materialsCount,questionsAnswered,legalSessions,revision,updatedAt") == true)
        #expect(visitsCSV.contains("田立国") && visitsCSV.contains("太和山庄二楼会议室"))
        #expect(String(decoding: try #require(bundle["csv/participants.csv"]).dropFirst(3), as: UTF8.self)
            .hasPrefix("id,visitId,enterpriseId,attendees,revision,updatedAt"))

        let (hq, keyring) = try w.fixture.headquarters(trusting: [w.laptop])
        let merged = try HQImporter(database: hq, keyring: keyring).importFile(URL(fileURLWithPath: exported.path))
        #expect(merged.counts["visitParticipant"]?.inserted == 3)
        let held = try hq.reader.read { db in try VisitParticipant.order(VisitParticipant.Columns.id).fetchAll(db) }
        func facts(_ p: VisitParticipant) -> String { "\(p.id) \(p.enterpriseId) \(p.attendees ?? -1) r\(p.revision) \(p.updatedAt)" }
        #expect(held.map(facts) == w.participants.sorted { $0.id < $1.id }.map(facts))
        let summons = try #require(try hq.reader.read { db in
            try SiteVisit.filter(SiteVisit.Columns.type == VisitType.summons).fetchOne(db)
        })
        #expect(summons.summonedPerson == "田立国" && summons.commitmentDate == SyncFixture.day.adding(days: 10))
        #expect(summons.place == DocumentSettings.standard.issuerZh)

        let report = try hq.hqReport(from: SyncFixture.day, to: SyncFixture.day)
        let byType = Dictionary(uniqueKeysWithValues: report.visitsByType.map { ($0.0, $0.1) })
        #expect(byType[.policyBriefing] == 1 && byType[.summons] == 1 && byType[.rectificationRecheck] == 1
                && byType[.mediation] == 1 && byType[.riskScreening] == 0)
        #expect(report.totals.briefings == 1)
        #expect(report.totals.briefingEnterprises == 4)
        #expect(report.totals.briefingAttendees == 36)
        #expect(report.totals.materialsHandedOut == 40 && report.totals.questionsAnswered == 12
                && report.totals.legalSessions == 1)
        #expect(report.totals.enterprisesSummoned == 1)
        #expect(report.briefings == [HQReportData.Briefing(
            date: SyncFixture.day, place: "太和山庄二楼会议室", inspector: "李明",
            enterprises: [w.host.name] + w.attending.map(\.name).sorted(), attendees: 36)])
        let text = ReportRenderer.render(report, format: .text, language: .zh)
        #expect(text.contains("宣讲参加企业数") && text.contains("十堰车城假日酒店有限公司"))
        #expect(text.contains("整改复查") && text.contains("劳动争议调解"))
        let english = ReportRenderer.render(report, format: .text, language: .en)
        #expect(english.contains("Enterprises at briefings") && english.contains("re-check of rectification"))
    }

    @Test("An enterprise taken off a draft briefing leaves HQ too; two HQs importing in either order agree")
    func removalConverges() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        let registry = try SyncSampleData.addEnterprises(laptop, count: 4)
        let briefing = try laptop.startVisit(enterpriseId: registry[0].id, type: .policyBriefing, date: SyncFixture.day,
                                             templateId: SyncSampleData.templateId)
        let kept = try laptop.addParticipant(visitId: briefing.id, enterpriseId: registry[1].id)
        let removed = try laptop.addParticipant(visitId: briefing.id, enterpriseId: registry[2].id)
        let first = try fixture.export(laptop)
        try laptop.removeParticipant(id: removed.id)
        try laptop.setParticipantAttendees(id: kept.id, 5)
        try laptop.addParticipant(visitId: briefing.id, enterpriseId: registry[3].id)
        // The briefing changes too, so each bundle holds the visit its participants belong to.
        var noted = briefing
        noted.notes = "补充：第二家企业未到场"
        try laptop.updateVisit(noted)
        let second = try fixture.export(laptop)

        var states: [[String: [String]]] = []
        var reports: [HQReportData] = []
        for order in [[first, second], [second, first]] {
            let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
            let importer = HQImporter(database: hq, keyring: keyring)
            for bundle in order { _ = try importer.importFile(URL(fileURLWithPath: bundle.path)) }
            let participants = try hq.reader.read { db in
                try Row.fetchAll(db, sql: "SELECT id, enterpriseId, attendees, revision FROM visitParticipant ORDER BY id")
                    .map { "\($0)" }
            }
            let stones = try hq.reader.read { db in
                try Row.fetchAll(db, sql: "SELECT id, recordType, revision FROM tombstone ORDER BY id").map { "\($0)" }
            }
            states.append(["participants": participants, "tombstones": stones])
            reports.append(try hq.hqReport(from: SyncFixture.day, to: SyncFixture.day))
            #expect(participants.count == 2)
            #expect(!participants.contains { $0.contains(removed.id) })
            #expect(stones.contains { $0.contains(removed.id) && $0.contains("visitParticipant") })
        }
        #expect(states[0] == states[1])
        #expect(reports[0].totals.briefingEnterprises == 3)
        #expect(reports[0] == reports[1])
    }

    @Test("An attending enterprise the laptop created under another id is filed under HQ's enterprise with that credit code")
    func participantFiledUnderHQsEnterprise() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try fixture.laptop()
        let code = SyncSampleData.creditCode(921)
        let host = try laptop.createEnterprise(Enterprise(creditCode: SyncSampleData.creditCode(920), name: "十堰华鼎建设工程有限公司",
                                                          district: "张湾区", source: .field))
        let fieldCopy = try laptop.createEnterprise(Enterprise(creditCode: code, name: "十堰鑫泰物流有限公司", district: "张湾区",
                                                               source: .field))
        let briefing = try laptop.startVisit(enterpriseId: host.id, type: .policyBriefing, date: SyncFixture.day,
                                             templateId: SyncSampleData.templateId)
        try laptop.addParticipant(visitId: briefing.id, enterpriseId: fieldCopy.id)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop])
        let registered = try hq.store.createEnterprise(Enterprise(creditCode: code, name: "十堰鑫泰物流有限公司", district: "张湾区"))
        #expect(registered.id != fieldCopy.id)
        _ = try HQImporter(database: hq, keyring: keyring).importFile(URL(fileURLWithPath: try fixture.export(laptop).path))
        let filed = try hq.reader.read { db in try String.fetchAll(db, sql: "SELECT enterpriseId FROM visitParticipant") }
        #expect(filed == [registered.id])
        let report = try hq.hqReport(from: SyncFixture.day, to: SyncFixture.day)
        #expect(report.totals.briefingEnterprises == 2)
        #expect(report.briefings.first?.enterprises == [host.name, registered.name])
    }
}
