import Foundation
import GRDB
import Testing
@testable import FieldbookCore
import FieldbookBench
@testable import FieldbookBundle
@testable import FieldbookHQ
import SyncTestSupport

/// Issue 15's done-when for item 5: "a construction project visit goes from laptop to
/// headquarters' report in a test" — the project, its parties, the visits about it, the findings
/// against the right party and a referral, through a real bundle.
@Suite("Construction projects: laptop → bundle → headquarters' report")
struct ProjectRoundTripTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples")
    static let v2 = samples.appendingPathComponent("checklists/employment-risk.v2.json")

    struct Laptop {
        let db: AppDatabase
        let contractor: Enterprise, labour: Enterprise, owner: Enterprise
        let project: Project
    }

    /// A laptop on checklist v2 with a project (owner, general contractor, labour subcontractor)
    /// and two completed visits about it: the subcontractor failed on wages (CP-03) and, being a
    /// subcontractor, not judged on the account (CP-02); the general contractor failed on the
    /// account, with a dust hazard referred to the health authority.
    static func fieldDay(_ fixture: SyncFixture) throws -> Laptop {
        let db = try fixture.laptop()
        try db.loadTemplate(path: v2.path)
        func add(_ body: String, _ name: String) throws -> Enterprise {
            try db.createEnterprise(Enterprise(creditCode: CreditCode.completing(body)!, name: name, district: "张湾区",
                                               source: .field))
        }
        let owner = try add("12420300MB1234567", "十堰市城市建设投资有限公司")
        let contractor = try add("91420102MA4K3LX29", "中建三局第一建设工程有限责任公司")  // out of town, Wuhan
        let labour = try add("91420381MA49W0XX1", "丹江口市水都建筑劳务有限公司")
        let project = try db.createProject(Project(name: "张湾区保障房二期", location: "张湾区花果街道",
                                                   ownerId: owner.id, generalContractorId: contractor.id,
                                                   subcontractorIds: [labour.id]))

        var sub = try db.startVisit(enterpriseId: labour.id, type: .riskScreening, date: SyncFixture.day)
        sub.projectId = project.id
        sub.employees = 150
        sub = try db.updateVisit(sub)
        try db.setAnswer(visitId: sub.id, itemCode: "CP-03", value: .nonCompliant,
                         figures: AnswerFigures(workers: 120, amountYuan: 1_128_000, months: 2))
        try db.setAnswer(visitId: sub.id, itemCode: "CP-01", value: .compliant)
        try db.completeVisit(id: sub.id)

        var general = try db.startVisit(enterpriseId: contractor.id, type: .riskScreening, date: SyncFixture.day)
        general.projectId = project.id
        general = try db.updateVisit(general)
        try db.setAnswer(visitId: general.id, itemCode: "CP-02", value: .nonCompliant)
        try db.setAnswer(visitId: general.id, itemCode: "CP-03", value: .compliant)
        try db.setReferral(visitId: general.id, itemCode: "CP-12", to: .health, note: "搅拌站粉尘作业无防护，已告知区卫健局")
        try db.completeVisit(id: general.id)
        return Laptop(db: db, contractor: contractor, labour: labour, owner: owner, project: project)
    }

    @Test("the project, its visits and each party's findings reach HQ's report")
    func projectVisitReachesTheReport() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try Self.fieldDay(fixture)
        let result = try fixture.export(laptop.db)
        #expect(result.counts[.projects] == 1)

        let (hq, keyring) = try fixture.headquarters(trusting: [laptop.db])
        try hq.store.loadTemplate(path: Self.v2.path)
        let report = try HQImporter(database: hq, keyring: keyring).importFile(URL(fileURLWithPath: result.path))
        #expect(report.total(\.conflicts) == 0)
        let atHQ = try #require(try hq.store.project(id: laptop.project.id))
        #expect(atHQ == laptop.project.withChangeSeq(atHQ.changeSeq))
        let visits = try hq.reader.read { db in
            try String.fetchSet(db, sql: "SELECT enterpriseId FROM siteVisit WHERE projectId = ?", arguments: [atHQ.id])
        }
        #expect(visits == [laptop.labour.id, laptop.contractor.id])
        let subAnswer = try hq.reader.read { db in
            try Answer.fetchOne(db, sql: """
                SELECT a.* FROM answer a JOIN siteVisit v ON v.id = a.visitId
                WHERE v.enterpriseId = ? AND a.itemCode = 'CP-02'
                """, arguments: [laptop.labour.id])
        }
        #expect(subAnswer?.value == .notApplicable)
        #expect(subAnswer?.note.contains("施工总承包单位（中建三局第一建设工程有限责任公司）") == true)

        let figures = try hq.hqReport(from: SyncFixture.day, to: SyncFixture.day)
        let project = try #require(figures.projects.first)
        #expect(figures.projects.count == 1)
        #expect(project.name == "张湾区保障房二期")
        #expect(project.parties.map(\.roles) == [[.generalContractor], [.subcontractor]])
        #expect(project.parties.map(\.enterpriseName) == ["中建三局第一建设工程有限责任公司", "丹江口市水都建筑劳务有限公司"])
        #expect(project.parties[0].findings == ["CP-02"])   // the account: the general contractor's duty
        #expect(project.parties[1].findings == ["CP-03"])   // the wages: the subcontractor's own
        #expect(project.parties[0].referrals == [.init(itemCode: "CP-12", authority: .health, note: "搅拌站粉尘作业无防护，已告知区卫健局")])

        let text = ReportRenderer.render(figures, format: .text, language: .zh)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("张湾区保障房二期（张湾区花果街道）") && $0.contains("施工总承包单位")
                                 && $0.contains("中建三局第一建设工程有限责任公司") && $0.contains("CP-02")
                                 && $0.contains("CP-12 → 卫生健康主管部门") })
        #expect(lines.contains { $0.contains("分包单位") && $0.contains("丹江口市水都建筑劳务有限公司") && $0.contains("CP-03") })
        let en = ReportRenderer.render(figures, format: .text, language: .en)
        #expect(en.contains("Construction projects, by the party visited"))
        #expect(en.contains("general contractor") && en.contains("CP-12 → the health authority"))
        let html = ReportRenderer.render(figures, format: .html, language: .zh)
        #expect(html.contains("建设项目（按责任主体）") && html.contains("<td>CP-03</td>"))
    }

    @Test("a day bundle carries the project its visits are about; re-imports and other orders change nothing")
    func dayBundleIsSelfContained() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try Self.fieldDay(fixture)
        let day = try fixture.export(laptop.db, scope: .day(SyncFixture.day))
        let entries = try BundleSurgery(Data(contentsOf: URL(fileURLWithPath: day.path)))
        let projects = String(decoding: try #require(entries["projects.jsonl"]), as: UTF8.self)
        #expect(projects.contains("\"name\":\"张湾区保障房二期\""))
        let referenced = String(decoding: try #require(entries["referenced-enterprises.jsonl"]), as: UTF8.self)
        #expect(referenced.contains("十堰市城市建设投资有限公司"))  // the owner: a party no visit was to

        let (hq, keyring) = try fixture.headquarters(trusting: [laptop.db])
        try hq.store.loadTemplate(path: Self.v2.path)
        let importer = HQImporter(database: hq, keyring: keyring)
        _ = try importer.importFile(URL(fileURLWithPath: day.path))
        let changes = try fixture.export(laptop.db)
        _ = try importer.importFile(URL(fileURLWithPath: changes.path))
        let before = try tableContents(hq).filter { !["hqBundle", "auditEvent"].contains($0.key) }
        _ = try importer.importFile(URL(fileURLWithPath: day.path))
        #expect(try tableContents(hq).filter { !["hqBundle", "auditEvent"].contains($0.key) } == before)
        #expect(try count(hq, "project") == 1)
    }

    @Test("an edit of the project on the laptop updates HQ's; a deletion with visits at HQ waits in a conflict")
    func projectEditsConverge() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try Self.fieldDay(fixture)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop.db])
        try hq.store.loadTemplate(path: Self.v2.path)
        let importer = HQImporter(database: hq, keyring: keyring)
        _ = try importer.importFile(URL(fileURLWithPath: fixture.export(laptop.db).path))
        var edited = laptop.project
        edited.location = "张湾区花果街道 车城路"
        edited = try laptop.db.updateProject(edited)
        let report = try importer.importFile(URL(fileURLWithPath: fixture.export(laptop.db).path))
        #expect(report.counts["project"]?.updated == 1)
        #expect(try hq.store.project(id: edited.id)?.location == "张湾区花果街道 车城路")
        #expect(try hq.store.project(id: edited.id)?.revision == 2)
    }

    @Test("a bundle whose visit is about a project nobody sent is refused whole")
    func unknownProjectIsRefused() throws {
        let fixture = try SyncFixture()
        defer { fixture.cleanUp() }
        let laptop = try Self.fieldDay(fixture)
        let result = try fixture.export(laptop.db)
        var surgery = try BundleSurgery(Data(contentsOf: URL(fileURLWithPath: result.path)))
        surgery["projects.jsonl"] = Data()
        try surgery.resign(with: DeviceKeyStore.key(for: laptop.db))
        let forged = fixture.path("forged.zip")
        try surgery.zip().write(to: forged)
        let (hq, keyring) = try fixture.headquarters(trusting: [laptop.db])
        try hq.store.loadTemplate(path: Self.v2.path)
        #expect(throws: SyncError.self) { try HQImporter(database: hq, keyring: keyring).importFile(forged) }
        #expect(try count(hq, "siteVisit") == 0)
    }
}

extension Project {
    /// The same project with another change number (local bookkeeping, not content).
    func withChangeSeq(_ value: Int64) -> Project {
        var copy = self
        copy.changeSeq = value
        return copy
    }
}
