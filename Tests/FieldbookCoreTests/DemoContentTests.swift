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
        #expect(try db.reader.read { try Enterprise.fetchCount($0) } == 66)
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
}
