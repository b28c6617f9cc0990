import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

@Suite struct ChecklistScreenTests {
    static func answers(_ db: AppDatabase, visitId: String) throws -> [String: Answer] {
        try #require(try db.visit(id: visitId)).answers
    }

    @Test(arguments: [(Language.zh, Size(width: 80, height: 24)), (.zh, Size(width: 120, height: 40)),
                      (.en, Size(width: 80, height: 24)), (.en, Size(width: 120, height: 40))])
    func sectionsItemsAndTheFocusedItemsLaw(language: Language, size: Size) throws {
        let db = try VisitFixtures.database(language: language)
        let visit = try VisitFixtures.draft(db)
        let (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)], size: size)
        defer { session.remove() }
        let text = catalogue(for: language)
        let screen = pilot.screenText
        let first = try #require(try db.checklist(templateId: "employment-risk", version: 2)).sections[0]
        #expect(screen.contains(first.section.title.text(in: language)))
        #expect(screen.contains(text.checklistProgress(answered: 0, total: 62)))
        #expect(screen.contains(text.checklistLegalBasis))
        // The law's name (a narrow panel wraps before the article).
        #expect(screen.contains(first.items[0].legalBasis.text(in: language).prefix(16)))
        #expect(screen.contains(text.checklistRisk))
        #expect(screen.contains(RiskLevel.notAssessed.label(in: language)))
        // The panel is beside the list from 100 columns, below it on 80.
        let panelTop = ChecklistScreen.Layout(area: FieldbookApp.contentArea(in: size)).panel
        if size.width >= 100 {
            #expect(panelTop.x > 60 && panelTop.y == 2)
        } else {
            #expect(panelTop.x == 0 && panelTop.y > 8)
        }
        #expect(screen.contains("▸· LC-01"))
    }

    @Test func oneKeyPerAnswerWrittenAtOnceWithLiveScore() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)])
        defer { session.remove() }
        pilot.press(.character("y"))
        #expect(try Self.answers(db, visitId: visit.id)["LC-01"]?.value == .compliant)
        #expect(pilot.screenText.contains("已查 1/62"))
        #expect(pilot.screenText.contains("低风险"))
        pilot.press(.character("n"))
        #expect(try Self.answers(db, visitId: visit.id)["LC-03"]?.value == .nonCompliant)
        #expect(pilot.screenText.contains("✗ LC-03"))
        pilot.press(.down, .character("3"), .character("-"))  // non-compliant stays on the item: move on
        let answers = try Self.answers(db, visitId: visit.id)
        #expect(answers["LC-04"]?.value == .notApplicable)
        #expect(answers["LC-05"]?.value == .notApplicable)
        #expect(pilot.screenText.contains("已查 4/62"))
        // The toolkit's progress bar: 4/62 is 6 %, half of one of its nine cells filled.
        let summary = try #require(pilot.lines.first { $0.contains("已查 4/62") })
        #expect(summary.contains("▌░░░░░░░░   6%"))
        // LC-01 weight 3 compliant, LC-03 non-compliant: the score is core's, shown live.
        let live = try #require(try db.visit(id: visit.id)).visit
        #expect(pilot.screenText.contains("风险分 " + RiskDisplay.score(live.score)))
        #expect(pilot.screenText.contains(live.riskLevel.label(in: .zh)))
        // Clear: back up and press 0.
        pilot.press(.up, .character("0"))
        #expect(try Self.answers(db, visitId: visit.id)["LC-05"]?.value == .unanswered)
        #expect(pilot.screenText.contains("已查 3/62"))
    }

    @Test func nextUnansweredSkipsAnsweredItems() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        try db.setAnswer(visitId: visit.id, itemCode: "LC-03", value: .compliant)
        try db.setAnswer(visitId: visit.id, itemCode: "LC-03", value: .compliant)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)])
        defer { session.remove() }
        pilot.press(.character("u"))
        #expect(pilot.screenText.contains("▸· LC-04"))
        pilot.press(.tab)
        #expect(pilot.screenText.contains("▸· LC-05"))
    }

    @Test func aNoteIsTypedInlineAndSavedOnLeaving() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)])
        defer { session.remove() }
        pilot.press(.character("e"))
        pilot.type("抽查10份合同，2份未签")
        #expect(pilot.cursor != nil)
        pilot.press(.enter)
        #expect(try Self.answers(db, visitId: visit.id)["LC-01"]?.note == "抽查10份合同，2份未签")
        #expect(pilot.screenText.contains("备注：抽查10份合同，2份未签"))
        #expect(pilot.screenText.contains("✎"))
    }

    @Test func recommendOnlyFromANonCompliantItem() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)])
        defer { session.remove() }
        pilot.press(.character("r"))
        #expect(pilot.screenText.contains("整改建议针对“不符合”的检查项"))

        var screen = ChecklistScreen(visitId: visit.id)
        var env = pilot.program.env
        try screen.reload(env: env)
        let area = FieldbookApp.contentArea(in: Size(width: 80, height: 24))
        _ = screen.handle(.character("n"), area: area, env: &env)
        _ = screen.handle(.up, area: area, env: &env)
        #expect(screen.handle(.character("r"), area: area, env: &env)
                == .push(.newRecommendation(visitId: visit.id, itemCode: "LC-01")))
    }

    @Test func aCompletedVisitsChecklistIsReadOnly() throws {
        let db = try VisitFixtures.database(language: .en)
        let visit = try VisitFixtures.draft(db)
        try db.setAnswer(visitId: visit.id, itemCode: "LC-01", value: .nonCompliant)
        try db.completeVisit(id: visit.id)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)])
        defer { session.remove() }
        #expect(pilot.screenText.contains("completed (read-only)"))
        pilot.press(.character("y"))
        #expect(pilot.screenText.contains("reopen it in the review"))
        #expect(try Self.answers(db, visitId: visit.id)["LC-01"]?.value == .nonCompliant)
    }

    @Test func mouseClickSelectsAnItem() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)])
        defer { session.remove() }
        let list = ChecklistScreen.Layout(area: FieldbookApp.contentArea(in: Size(width: 80, height: 24))).list
        // Row 0 is the section header, row 3 the third item.
        pilot.press(.mouse(MouseEvent(.press(.left), at: Point(x: list.x + 5, y: list.y + 3))))
        #expect(pilot.screenText.contains("▸· LC-04"))
    }
}
