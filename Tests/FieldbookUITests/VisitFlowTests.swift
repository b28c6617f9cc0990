import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// The inspector's whole visit by keys: new visit → workforce with a cross-field error, fixed →
/// checklist answers → live score → review → complete → reopen with a reason.
@Suite struct VisitFlowTests {
    @Test func aWholeVisitByKeysEndsLockedWithExactlyWhatWasTyped() throws {
        let db = try VisitFixtures.database()
        let enterprise = try VisitFixtures.xintai(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.newVisit(enterpriseId: enterprise.id)])
        defer { session.remove() }
        let visitId = try #require(try db.visitHistory(enterpriseId: enterprise.id).rows.first).id

        // The form: times, the people met, workforce figures with a cross-field mistake.
        pilot.press(VisitFormTests.tabs(to: .start))
        pilot.type("09:30")
        pilot.press(.tab)
        pilot.type("11:50")
        pilot.press(.tab, .tab)
        pilot.type("人事经理刘强、工会主席陈静")
        pilot.press(.tab)
        pilot.type("420")
        pilot.press(.tab)
        pilot.type("450")
        pilot.press(.tab)
        #expect(pilot.screenText.contains("不能超过职工人数（420）"))
        pilot.press(.backTab, .ctrl("u"))
        pilot.type("405")
        pilot.press(.tab)
        #expect(!pilot.screenText.contains("不能超过职工人数"))
        pilot.type("398")
        pilot.press(.tab)
        pilot.type("46")
        #expect(pilot.screenText.contains("⚠ 派遣占比 11.0%"))
        pilot.press(.tab)
        pilot.type("260")
        pilot.press(.tab)  // a risk screening has no attendees: the notes come next
        pilot.type("部分车间未公示排班表；劳务派遣比例偏高。")

        // The checklist, by answer keys.
        pilot.press(.function(5))
        #expect(pilot.program.routes.last == .checklist(visitId: visitId))
        pilot.press(.character("y"), .character("n"))
        pilot.press(.character("e"))  // a non-compliant answer keeps LC-03 focused: its note
        pilot.type("两名职工入职超过一年未签合同")
        pilot.press(.enter)
        pilot.press(.down, .character("y"), .character("a"), .character("y"), .character("y"))
        #expect(pilot.screenText.contains("已查 6/62"))
        let live = try VisitFixtures.visit(db, id: visitId)
        #expect(live.score != nil)
        #expect(pilot.screenText.contains("风险分 " + RiskDisplay.score(live.score)))
        #expect(pilot.screenText.contains(live.riskLevel.label(in: .zh)))

        // Review and complete (with gaps: after the confirm).
        pilot.press(.function(7))
        #expect(pilot.screenText.contains("56 项未查"))
        #expect(pilot.screenText.contains("1 项不符合但没有整改建议：LC-03"))
        pilot.press(.character("c"))
        pilot.press(.left, .enter)  // "lock anyway, record the gaps": not the default

        let detail = try #require(try db.visit(id: visitId))
        let visit = detail.visit
        #expect(visit.status == .completed)
        #expect(visit.startTime?.description == "09:30")
        #expect(visit.endTime?.description == "11:50")
        #expect(visit.personsMet == "人事经理刘强、工会主席陈静")
        #expect(visit.workforce == Workforce(employees: 420, writtenContracts: 405, socialInsuranceEnrolled: 398,
                                             dispatchedWorkers: 46, migrantWorkers: 260))
        #expect(visit.notes == "部分车间未公示排班表；劳务派遣比例偏高。")
        #expect(visit.inspectors == ["王建国"])
        #expect(detail.answers["LC-01"]?.value == .compliant)
        #expect(detail.answers["LC-03"]?.value == .nonCompliant)
        #expect(detail.answers["LC-03"]?.note == "两名职工入职超过一年未签合同")
        #expect(detail.answers["LC-05"]?.value == .notApplicable)
        #expect(detail.answers.values.filter { $0.value != .unanswered }.count == 6)
        #expect(visit.score == live.score)
        // Locked: core refuses changes, and the form says so.
        #expect(throws: CoreError.self) { try db.setAnswer(visitId: visitId, itemCode: "LC-03", value: .compliant) }
        pilot.press(.function(4))
        #expect(pilot.program.routes.last == .visit(id: visitId))
        #expect(pilot.screenText.contains("本次走访已完成并锁定"))

        // Reopen with a reason (audited).
        pilot.press(.function(7), .character("o"))
        pilot.type("企业补交了劳动合同")
        pilot.press(.enter)
        #expect(try VisitFixtures.visit(db, id: visitId).status == .draft)
        #expect(try db.auditTrail(recordId: visitId).contains {
            $0.field == "reopenReason" && $0.newValue == "企业补交了劳动合同"
        })
    }
}
