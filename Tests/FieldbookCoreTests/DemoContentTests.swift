import Foundation
import GRDB
import Testing
@testable import FieldbookCore

@Suite("The demo database")
struct DemoContentTests {
    /// 2024-06-15 10:00 in Shiyan.
    static let now = Date(timeIntervalSince1970: 1_718_416_800)
    static let today = LocalDate(year: 2024, month: 6, day: 15)!

    func demo() throws -> AppDatabase {
        let db = try AppDatabase.inMemory(clock: .fixed(Self.now))
        try db.fillDemo(language: .zh)
        return db
    }

    @Test("Given a fresh demo, then it has the registry, the checklist and an inspector with a device")
    func registryAndTemplate() throws {
        let db = try demo()
        #expect(try db.currentInspector()?.name == AppDatabase.demoInspectorName)
        #expect(try db.deviceIdentity() != nil)
        // The 66 of the sample registry and two added in the field (the project owner, the Wuhan firm).
        #expect(try db.reader.read { try Enterprise.fetchCount($0) } == 68)
        #expect(try db.latestTemplates().map(\.id) == ["employment-risk"])
    }

    @Test("Given a fresh demo, then visits are in every state, with answers, risk levels and dates up to today")
    func visitStates() throws {
        let rows = try demo().listVisits()
        #expect(Set(rows.map(\.state)) == ["draft", "completed", "reopened"])
        #expect(rows.allSatisfy { $0.date <= Self.today })
        #expect(rows.contains { $0.date == Self.today && $0.state == "draft" })
        #expect(rows.contains { $0.riskLevel == .major })
        #expect(Set(rows.map(\.type)).count >= 5)
        let answered = try demo().reader.read {
            try Int.fetchOne($0, sql: "SELECT COUNT(DISTINCT visitId) FROM answer")!
        }
        #expect(answered >= 5)
    }

    @Test("Given a fresh demo, then recommendations are in every status (closed with evidence, one referred), some overdue, one followed up")
    func recommendationStates() throws {
        let db = try demo()
        let rows = try db.listRecommendations()
        #expect(Set(rows.map(\.status)) == Set(RecommendationStatus.allCases))
        let overdue = rows.filter(\.overdue)
        #expect(overdue.count >= 2)
        #expect(overdue.allSatisfy { $0.status.isOutstanding && $0.deadline! < Self.today })
        #expect(rows.contains { $0.status == .open && $0.deadline! >= Self.today })
        let linked = try db.reader.read {
            try Recommendation.filter(Recommendation.Columns.status == "closed").fetchAll($0)
        }
        #expect(!linked.isEmpty)
        #expect(linked.allSatisfy { $0.followUpVisitId != nil && $0.verifiedOn != nil && $0.rectifiedOn != nil
                                    && $0.evidenceNote != nil })
        let referred = try #require(rows.first { $0.status == .referred })
        #expect(referred.text.hasPrefix("立即通过工资专用账户足额支付"))
    }

    @Test("Given a fresh demo, then the enterprise summary and the audit log reflect the visits")
    func summariesAndAudit() throws {
        let db = try demo()
        let huading = try #require(try db.enterprise(creditCode: "91420303714473061B"))
        #expect(huading.lastVisitDate == Self.today.adding(days: -20))
        let wages = try #require(try db.enterprise(creditCode: "91420381MA48M1E979"))
        #expect(wages.lastRiskLevel == .major)
        // Three recommendations, the wage one referred to labour inspection: two still open.
        #expect(wages.openRecommendationCount == 2)
        let reopenAudit = try db.reader.read {
            try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM auditEvent WHERE field = 'reopenReason'")!
        }
        #expect(reopenAudit >= 1)
    }

    @Test("The embedded samples are the files in samples/")
    func embeddedSamplesMatchTheRepository() throws {
        #expect(DemoSamples.enterprisesCSV == (try ImportSampleFiles.data("enterprises.csv")))
        #expect(DemoSamples.checklistJSON == (try ImportSampleFiles.data("checklists/employment-risk.v2.json")))
        #expect(DemoSamples.checklistV1JSON == (try ImportSampleFiles.data("checklists/employment-risk.v1.json")))
    }

    @Test("Given a fresh demo, then every visit is on the reviewed checklist (v2), findings carry figures and recommendations read as the bureau writes them")
    func onTheReviewedChecklist() throws {
        let db = try demo()
        #expect(try db.latestTemplates().map(\.version) == [2])
        let versions = try db.reader.read { try Int.fetchAll($0, sql: "SELECT DISTINCT templateVersion FROM siteVisit") }
        #expect(versions == [2])
        let wages = try #require(try db.enterprise(creditCode: "91420381MA48M1E979"))
        let visitId = try #require(try db.visitHistory(enterpriseId: wages.id, limit: 1).rows.first?.id)
        let detail = try #require(try db.visit(id: visitId))
        #expect(detail.answers["CP-03"]?.figures == AnswerFigures(workers: 120, amountYuan: 1_128_000, months: 2))
        // CP-02 (the general contractor's wage account) does not bind a labour subcontractor.
        #expect(detail.answers["CP-02"]?.value == .notApplicable)
        let contracts = try #require(detail.recommendations.first { $0.itemCodes == ["LC-01"] })
        // Visit 2024-05-13, deadline 45 days later.
        #expect(contracts.text == "经排查，你单位存在未与80名劳动者订立书面劳动合同的情况，不符合《中华人民共和国劳动合同法》第十条的规定。"
                + "建议你单位于2024年6月27日前与上述劳动者补订书面劳动合同，并将整改情况及佐证材料报送十堰市人力资源和社会保障局。")
        #expect(contracts.deadline == LocalDate(year: 2024, month: 6, day: 27))
    }

    @Test("Given a fresh demo, then a construction project has its owner, general contractor and subcontractors, and each visit about it is judged against its party")
    func constructionProject() throws {
        let db = try demo()
        let project = try #require(try db.projects().first)
        #expect(try db.projects().count == 1)
        #expect(project.name == "张湾区保障房二期" && project.location == "张湾区花果街道")
        #expect(try db.enterprise(id: project.ownerId!)?.name == "十堰市张湾区城市建设投资有限公司")
        #expect(try db.enterprise(id: project.generalContractorId!)?.creditCode == "91420303MA48C5RF50")
        #expect(try project.subcontractorIds.map { try db.enterprise(id: $0)!.creditCode }
                == ["91420381MA48M1E979", "91420100MA4K8C2L3N"])
        let about = try db.reader.read { db in
            try SiteVisit.filter(sql: "projectId = ?", arguments: [project.id]).fetchAll(db)
        }
        #expect(about.count == 3)

        // The labour subcontractor: its own wages failed, the general contractor's account and the
        // owner's payment guarantee marked not its duty, naming who holds them.
        let labour = try #require(try db.enterprise(creditCode: "91420381MA48M1E979"))
        let subVisit = try #require(about.first { $0.enterpriseId == labour.id })
        let sub = try #require(try db.visit(id: subVisit.id))
        #expect(sub.answers["CP-03"]?.value == .nonCompliant)
        #expect(sub.answers["CP-02"]?.value == .notApplicable)
        #expect(sub.answers["CP-02"]?.note == "不适用：本项约束施工总承包单位（湖北武当鸿远建设集团有限公司），本单位在该项目中为分包单位")
        #expect(sub.answers["CP-14"]?.note == "不适用：本项约束建设单位（十堰市张湾区城市建设投资有限公司），本单位在该项目中为分包单位")
        // Today's draft of the general contractor: the owner's duties are not its own.
        let general = try #require(about.first { $0.enterpriseId == project.generalContractorId })
        #expect(general.status == .draft)
        let generalDetail = try #require(try db.visit(id: general.id))
        #expect(generalDetail.answers["CP-14"]?.value == .notApplicable)
        #expect(generalDetail.answers["CP-02"]?.value ?? .unanswered != .notApplicable)
    }

    @Test("Given a fresh demo, then an out-of-town enterprise from Wuhan has a visit, with a finding referred to the health authority")
    func outOfTownAndReferral() throws {
        let db = try demo()
        let wuhan = try #require(try db.enterprise(creditCode: "91420100MA4K8C2L3N"))
        #expect(wuhan.outOfTown && wuhan.source == .field && wuhan.district == "张湾区")
        #expect(CreditCode.isValid(wuhan.creditCode) && wuhan.registrationDivision?.code == "420100")
        #expect(wuhan.placeLabel(in: .zh) == "外地·武汉市")
        let visitId = try #require(try db.visitHistory(enterpriseId: wuhan.id, limit: 5).rows.first?.id)
        let visit = try #require(try db.visit(id: visitId))
        #expect(visit.visit.status == .completed && visit.visit.projectId != nil)
        let finding = try #require(visit.answers["SI-03"])
        #expect(finding.value == .nonCompliant && finding.figures == AnswerFigures(workers: 18))
        #expect(finding.referredTo == .health)
        #expect(finding.referralNote?.hasPrefix("钢结构焊接作业区无局部排风") == true)
        #expect(visit.recommendations.map(\.itemCodes) == [["SI-03"]])
    }

    @Test("Given a fresh demo, then the screening of a dispatch agency marks it as the agency, so the user firm's duties are not its own")
    func dispatchAgency() throws {
        let db = try demo()
        let agency = try #require(try db.enterprise(creditCode: "91420302MA4A0F5T3M"))
        let visitId = try #require(try db.visitHistory(enterpriseId: agency.id, limit: 5).rows.first { $0.type == .riskScreening }?.id)
        let visit = try #require(try db.visit(id: visitId))
        #expect(visit.visit.dispatchAgency == true)
        #expect(visit.answers["FE-06"]?.value == .nonCompliant && visit.answers["FE-02"]?.value == .notApplicable)
        #expect(visit.visit.workforce.dispatchParty == .dispatchAgency)
        #expect(visit.answers["FE-01"]?.value == .notApplicable)
        #expect(visit.answers["FE-01"]?.note == "不适用：本项约束用工单位，本单位为劳务派遣单位")
        // Every other visit stays the user firm.
        let agencies = try db.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM siteVisit WHERE dispatchAgency = 1") }
        #expect(agencies == 1)
    }
}
