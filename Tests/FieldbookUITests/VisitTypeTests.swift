import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// A visit starts as a risk screening; the form's type field lists every type core knows, in the
/// interface language, and the choice is saved at once.
@Suite struct VisitTypeTests {
    @Test(arguments: [Language.zh, .en], [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func theTypeListShowsEveryTypeAndSavesTheChoice(language: Language, size: Size) throws {
        let db = try VisitFixtures.database(language: language)
        let visit = try VisitFixtures.draft(db)
        #expect(visit.type == .riskScreening)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)], size: size)
        defer { session.remove() }
        pilot.press(VisitFormTests.tabs(to: .type))
        #expect(pilot.screenText.contains(catalogue(for: language).visitChoiceHint))
        pilot.press(.enter)
        for type in VisitType.allCases { #expect(pilot.screenText.contains(type.label(in: language))) }
        pilot.press(.down, .down, .down, .enter)
        #expect(try VisitFixtures.visit(db, id: visit.id).type == .policyBriefing)
        // Closed again: the field shows the choice and the types below it are gone.
        #expect(pilot.screenText.contains(VisitType.policyBriefing.label(in: language)))
        #expect(!pilot.screenText.contains(VisitType.complaintFollowUp.label(in: language)))
        // Esc closes an open list without changing the type or leaving the form.
        pilot.press(.enter, .down, .escape)
        #expect(try VisitFixtures.visit(db, id: visit.id).type == .policyBriefing)
        #expect(pilot.program.routes.last == .visit(id: visit.id))
        // ←/→ still step without opening the list.
        pilot.press(.left)
        #expect(try VisitFixtures.visit(db, id: visit.id).type == .mobileArbitration)
    }
}
