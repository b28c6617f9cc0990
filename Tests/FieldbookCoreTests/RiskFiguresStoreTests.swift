import Foundation
import GRDB
import Testing
@testable import FieldbookCore

@Suite("Figures on findings and the enterprise's lasting risk level")
struct RiskFiguresStoreTests {
    @Test("Given a non-compliant answer with figures, then they are stored, audited and feed the live level")
    func figuresStored() throws {
        let db = try Fixtures.database()
        let enterprise = try Fixtures.enterprise(db)
        var visit = try db.startVisit(enterpriseId: enterprise.id, type: .riskScreening)
        visit.employees = 100
        visit = try db.updateVisit(visit)
        // HR-02 (weight 2) alone: 2 / 2 = 100, a short check → medium by score.
        var (answer, live) = try db.setAnswer(visitId: visit.id, itemCode: "HR-02", value: .nonCompliant)
        #expect(live.level == .medium)
        (answer, live) = try db.setAnswer(visitId: visit.id, itemCode: "HR-02",
                                          figures: AnswerFigures(workers: 40, months: 2))
        #expect(answer.figures == AnswerFigures(workers: 40, months: 2))
        // 40 of 100 is more than 30 % → at least high; the stored visit shows the same.
        #expect(live.level == .high)
        #expect(try db.visit(id: visit.id)?.visit.riskLevel == .high)
        let fields = try Fixtures.auditEvents(db, recordId: answer.id).map(\.field)
        #expect(fields.contains("workers") && fields.contains("months"))
        // Lowering the headcount after the fact re-scores: 40 of 400 is 10 %.
        visit.employees = 400
        _ = try db.updateVisit(visit)
        #expect(try db.visit(id: visit.id)?.visit.riskLevel == .medium)
    }

    @Test("Given a negative figure or more workers than employees, then a one-line error in each language and nothing changes")
    func badFigures() throws {
        let db = try Fixtures.database()
        let enterprise = try Fixtures.enterprise(db)
        var visit = try db.startVisit(enterpriseId: enterprise.id, type: .riskScreening)
        visit.employees = 50
        visit = try db.updateVisit(visit)
        _ = try db.setAnswer(visitId: visit.id, itemCode: "WG-05", value: .nonCompliant,
                             figures: AnswerFigures(workers: 5))
        let negative = #expect(throws: CoreError.self) {
            try db.setAnswer(visitId: visit.id, itemCode: "WG-05", figures: AnswerFigures(amountYuan: -1))
        }
        #expect(negative?.message(in: .zh) == "“涉及金额（元）”不能为负数（-1）")
        let tooMany = #expect(throws: CoreError.self) {
            try db.setAnswer(visitId: visit.id, itemCode: "WG-05", figures: AnswerFigures(workers: 51))
        }
        #expect(tooMany?.message(in: .en) == "workers affected (51) cannot exceed the number of employees (50)")
        let stored = try db.reader.read { db in try Answer.fetchOne(db) }
        #expect(stored?.figures == AnswerFigures(workers: 5))
    }

    @Test("Given an assessed visit and then a follow-up without answers, then the enterprise keeps the assessed level")
    func levelLastsUntilReassessed() throws {
        let db = try Fixtures.database()
        let enterprise = try Fixtures.enterprise(db)
        let screening = try db.startVisit(enterpriseId: enterprise.id, type: .riskScreening,
                                          date: Fixtures.today.adding(days: -10))
        try db.setAnswer(visitId: screening.id, itemCode: "WG-01", value: .nonCompliant)
        try db.setAnswer(visitId: screening.id, itemCode: "SI-02", value: .nonCompliant)
        #expect(try db.completeVisit(id: screening.id).riskLevel == .high)

        let followUp = try db.startVisit(enterpriseId: enterprise.id, type: .complaintFollowUp)
        #expect(try db.completeVisit(id: followUp.id).riskLevel == .notAssessed)
        let after = try #require(try db.enterprise(id: enterprise.id))
        #expect(after.lastVisitDate == Fixtures.today)
        #expect(after.lastRiskLevel == .high)

        let reassessed = try db.startVisit(enterpriseId: enterprise.id, type: .riskScreening)
        try db.setAnswer(visitId: reassessed.id, itemCode: "WG-01", value: .compliant)
        try db.completeVisit(id: reassessed.id)
        #expect(try db.enterprise(id: enterprise.id)?.lastRiskLevel == .low)
    }
}
