import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// F4/F5/F6/F7 move between the screens of one visit as between tabs: the one shown takes the
/// place of the one left, so the stack and the breadcrumb stay one level deep and Esc returns to
/// where the visit was opened from.
@Suite struct VisitSwitchingTests {
    @Test(arguments: [Language.zh, .en])
    func switchingKeepsOneLevelAndEscReturnsToTheEnterprise(language: Language) throws {
        let db = try VisitFixtures.database(language: language)
        let enterprise = try VisitFixtures.xintai(db)
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.enterprise(id: enterprise.id), .visit(id: visit.id)],
                                                  size: Size(width: 120, height: 40))
        defer { session.remove() }
        let text = catalogue(for: language)
        pilot.press(.function(5), .function(7), .function(6), .function(4), .function(5), .function(7), .function(5))
        #expect(pilot.program.routes == [.dashboard, .enterprise(id: enterprise.id), .checklist(visitId: visit.id)])
        let header = pilot.lines[0]
        #expect(header.contains(text.checklistTitle))
        for left in [text.reviewTitle, text.recommendationsTitle, text.visitFormTitle] { #expect(!header.contains(left)) }
        // The recommendations list switches too (Ctrl letters for keyboards without F-keys).
        pilot.press(.ctrl("r"), .ctrl("g"))
        #expect(pilot.program.routes.last == .review(visitId: visit.id))
        #expect(pilot.program.routes.count == 3)

        pilot.press(.escape)
        #expect(pilot.program.routes == [.dashboard, .enterprise(id: enterprise.id)])
        #expect(pilot.screenText.contains(VisitFixtures.xintaiCode))
    }

    @Test func aSiblingAlreadyOpenBelowIsReturnedTo() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        // A stack saved by an older version, which pushed every switch.
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id),
                                                                  .recommendations(visitId: visit.id)])
        defer { session.remove() }
        pilot.press(.function(5))
        #expect(pilot.program.routes == [.dashboard, .checklist(visitId: visit.id)])
    }

    /// The form is replaced, not kept below: text that cannot be saved is not dropped silently.
    @Test func aFieldThatCannotBeSavedHoldsTheSwitchOnce() throws {
        let db = try VisitFixtures.database(language: .en)
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)], size: Size(width: 120, height: 40))
        defer { session.remove() }
        pilot.press(VisitFormTests.tabs(to: .start))
        pilot.type("25:99")
        pilot.press(.function(5))
        #expect(pilot.program.routes.last == .visit(id: visit.id))
        #expect(pilot.screenText.contains("press F5 again"))
        #expect(pilot.screenText.contains("25:99"))
        pilot.press(.function(5))
        #expect(pilot.program.routes == [.dashboard, .checklist(visitId: visit.id)])
        #expect(try VisitFixtures.visit(db, id: visit.id).startTime == nil)
    }
}
