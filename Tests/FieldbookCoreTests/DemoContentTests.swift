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
        #expect(DemoSamples.checklistJSON == (try ImportSampleFiles.data("checklists/employment-risk.v1.json")))
    }
}
