import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// Recording workers, amount and months on a non-compliant finding (checklist v2), and the risk
/// floor they raise, as the inspector sees them.
@Suite struct ChecklistFiguresTests {
    static func database(language: Language) throws -> AppDatabase {
        let db = try VisitFixtures.database(language: language)
        try db.loadTemplate(path: VisitFixtures.repositoryRoot.appendingPathComponent("samples/checklists/employment-risk.v2.json").path)
        return db
    }

    @Test func figuresOnANonCompliantFindingRaiseTheFloorOnScreenAndInTheDatabase() throws {
        let db = try Self.database(language: .zh)
        var visit = try VisitFixtures.draft(db)
        #expect(visit.templateVersion == 2)
        visit.employees = 40
        visit = try db.updateVisit(visit)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)], size: Size(width: 120, height: 40))
        defer { session.remove() }
        pilot.press(.character("f"))
        #expect(pilot.screenText.contains("先将该项标为不符合"))
        pilot.press(.character("n"))
        pilot.press(.up)
        #expect(pilot.screenText.contains("未记录涉及人数"))
        pilot.press(.character("f"))
        #expect(pilot.screenText.contains("涉及：涉及人数"))
        pilot.type("十二")
        pilot.press(.enter)
        #expect(pilot.screenText.contains("“十二”不是非负整数"))
        pilot.press(.enter) // closes the error; the editor keeps what was typed
        #expect(pilot.screenText.contains("十二"))
        for _ in 0..<2 { pilot.press(.backspace) }
        pilot.type("13")
        pilot.press(.enter)
        // LC-01 (3) alone: a short check → medium by score; 13 of 40 is 32.5 % > 30 % → high.
        let screen = pilot.screenText
        #expect(screen.contains("涉及：涉及人数 13"))
        #expect(screen.contains("风险等级 高风险"))
        #expect(screen.contains("风险认定：不低于高风险：涉及人数超过职工总数"))
        #expect(screen.contains("的30%（LC-01）"))
        let answer = try #require(try db.visit(id: visit.id)?.answers["LC-01"])
        #expect(answer.figures == AnswerFigures(workers: 13))
        #expect(try db.visit(id: visit.id)?.visit.riskLevel == .high)
    }

    @Test func aRecommendationFromAV2ItemStartsAsTheBureauWritesIt() throws {
        let db = try Self.database(language: .zh)
        let visit = try VisitFixtures.draft(db)
        try db.setAnswer(visitId: visit.id, itemCode: "LC-05", value: .nonCompliant, figures: AnswerFigures(workers: 4, amountYuan: 2000))
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.newRecommendation(visitId: visit.id, itemCode: "LC-05")],
                                                  size: Size(width: 120, height: 40))
        defer { session.remove() }
        let screen = pilot.screenText
        // LC-05: 3 working days from the visit (Sunday 29 November 2026) → Wednesday 2 December.
        #expect(screen.contains("整改期限：3个工作日（不含周末和法定节假日）"))
        #expect(screen.contains("经排查，你单位存在扣押劳动者证件或者收取押金的情况，涉及4名劳动者，金额共计2,000元"))
        #expect(screen.contains("2026-12-02"))
        pilot.press(.ctrl("s"))
        let saved = try #require(try db.visit(id: visit.id)?.recommendations.first)
        #expect(saved.deadline == LocalDate("2026-12-02"))
        #expect(saved.text.hasSuffix("建议你单位于2026年12月2日前退还扣押的证件和收取的押金，并将整改情况及佐证材料报送十堰市人力资源和社会保障局。"))
    }

    @Test func parsesFiguresInOrderAndRefusesWhatIsNotANumber() {
        let order: [AnswerFigure] = [.workers, .amount, .months]
        #expect(FiguresInput.parse("12 / 35000 / 2", order: order) == .success(AnswerFigures(workers: 12, amountYuan: 35000, months: 2)))
        #expect(FiguresInput.parse("12 - 3", order: order) == .success(AnswerFigures(workers: 12, months: 3)))
        #expect(FiguresInput.parse("", order: order) == .success(AnswerFigures()))
        #expect(FiguresInput.parse("-5", order: order) == .failure(FiguresInput.BadPart(text: "-5")))
        #expect(FiguresInput.parse("1 2 3 4", order: order) == .failure(FiguresInput.BadPart(text: "4")))
        #expect(FiguresInput.text(AnswerFigures(workers: 12, months: 2), order: order) == "12 / - / 2")
    }
}
