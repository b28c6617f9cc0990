import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

@Suite struct ReviewScreenTests {
    @Test(arguments: [(Language.zh, Size(width: 80, height: 24)), (.zh, Size(width: 120, height: 40)),
                      (.en, Size(width: 80, height: 24)), (.en, Size(width: 120, height: 40))])
    func theSummarySaysWhatIsMissing(language: Language, size: Size) throws {
        let db = try VisitFixtures.database(language: language)
        let visit = try VisitFixtures.draft(db)
        try db.setAnswer(visitId: visit.id, itemCode: "LC-01", value: .nonCompliant)
        try db.setAnswer(visitId: visit.id, itemCode: "LC-03", value: .compliant)
        let (pilot, session) = try makeVisitPilot(db: db, routes: [.review(visitId: visit.id)], size: size)
        defer { session.remove() }
        let text = catalogue(for: language)
        let screen = pilot.screenText
        #expect(screen.contains("十堰鑫泰汽车零部件有限公司"))
        #expect(screen.contains(AnswerValue.compliant.label(in: language) + " 1"))
        #expect(screen.contains(AnswerValue.nonCompliant.label(in: language) + " 1"))
        #expect(screen.contains(AnswerValue.unanswered.label(in: language) + " 60"))
        #expect(screen.contains(text.reviewMissingTitle))
        #expect(screen.contains(text.reviewUnanswered(count: 60, codes: "").prefix(6)))
        #expect(screen.contains("LC-01"))
        #expect(screen.contains(text.visitFieldEmployees))
        #expect(screen.contains("c " + text.keyComplete))
    }

    @Test func completingWithGapsAsksFirstAndCancelKeepsTheDraft() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.review(visitId: visit.id)])
        defer { session.remove() }
        pilot.press(.character("c"))
        #expect(pilot.screenText.contains("仍有内容未完成"))
        #expect(pilot.screenText.contains("62 项未查"))
        pilot.press(.escape)
        #expect(!pilot.screenText.contains("仍有内容未完成"))
        #expect(try VisitFixtures.visit(db, id: visit.id).status == .draft)
        #expect(pilot.program.routes.last == .review(visitId: visit.id))

        // Enter takes the safe answer: back to fill in, nothing locked.
        pilot.press(.character("c"), .enter)
        #expect(try VisitFixtures.visit(db, id: visit.id).status == .draft)
        // Locking with gaps is chosen explicitly, and the gaps are recorded on the visit.
        pilot.press(.character("c"))
        #expect(pilot.screenText.contains("返回补全"))
        pilot.press(.left, .enter)
        #expect(try VisitFixtures.visit(db, id: visit.id).status == .completed)
        let gaps = try #require(try db.auditTrail(recordId: visit.id).first { $0.field == "completedWithGaps" })
        #expect(gaps.newValue?.contains("62 项未查") == true)
        #expect(pilot.screenText.contains("已于 2026-11-29 10:00 完成并锁定"))
        #expect(pilot.screenText.contains("o 重新打开"))
    }

    @Test func aCompleteVisitAsksOnceNamingTheVisitAndLocksOnEnter() throws {
        let db = try VisitFixtures.database(language: .en)
        var visit = try VisitFixtures.draft(db)
        visit.startTime = TimeOfDay("09:00")
        visit.endTime = TimeOfDay("11:00")
        visit.workforce = Workforce(employees: 100, writtenContracts: 100, socialInsuranceEnrolled: 98,
                                    dispatchedWorkers: 5, migrantWorkers: 40)
        try db.updateVisit(visit)
        for item in try #require(try db.checklist(templateId: "employment-risk", version: 2)).items {
            try db.setAnswer(visitId: visit.id, itemCode: item.code, value: .compliant)
        }
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.review(visitId: visit.id)])
        defer { session.remove() }
        #expect(pilot.screenText.contains("Nothing is missing"))
        pilot.press(.character("c"))
        #expect(pilot.flatText.contains("Complete and lock the visit to"))
        #expect(try VisitFixtures.visit(db, id: visit.id).status == .draft)
        pilot.press(.enter)
        let stored = try VisitFixtures.visit(db, id: visit.id)
        #expect(stored.status == .completed)
        #expect(try db.auditTrail(recordId: visit.id).allSatisfy { $0.field != "completedWithGaps" })
        #expect(stored.riskLevel == .low)
        #expect(pilot.screenText.contains("Visit completed and locked"))
    }

    @Test func reopeningNeedsAReasonAndIsAudited() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        try db.completeVisit(id: visit.id)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.review(visitId: visit.id)])
        defer { session.remove() }
        pilot.press(.character("o"))
        #expect(pilot.screenText.contains("重新打开走访"))
        pilot.press(.enter)
        #expect(pilot.screenText.contains("必须填写原因"))
        #expect(try VisitFixtures.visit(db, id: visit.id).status == .completed)
        pilot.type("企业补交了工资台账")
        pilot.press(.enter)
        let stored = try VisitFixtures.visit(db, id: visit.id)
        #expect(stored.status == .draft)
        #expect(stored.reopenReason == "企业补交了工资台账")
        let trail = try db.auditTrail(recordId: visit.id)
        #expect(trail.contains { $0.field == "reopenReason" && $0.newValue == "企业补交了工资台账" })
        #expect(pilot.screenText.contains("上次重新打开的原因：企业补交了工资台账"))
        #expect(pilot.screenText.contains("c 完成"))
    }
}
