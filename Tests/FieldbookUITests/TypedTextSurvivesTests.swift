import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// Issue 12, point 1: what is being typed in the focused field of every form survives quitting
/// (Ctrl-Q, Ctrl-C), a language switch, Esc, a resize and a restart, and comes back in its field
/// with the cursor in it; a value that cannot be saved stays as the field's draft with its error.
/// A "restart" is a new `FieldbookApp` on the same database and session files, as after a kill
/// (the drafts file is written at every key, before the next key is read).
@Suite struct TypedTextSurvivesTests {
    /// The visit form with the cursor in 接待人员 (persons met), nothing typed yet.
    static func formAtPersonsMet(_ db: AppDatabase, visit: SiteVisit) throws -> (Pilot<FieldbookApp>, TemporarySession) {
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)])
        pilot.press(VisitFormTests.tabs(to: .personsMet))
        return (pilot, session)
    }

    static func restart(_ db: AppDatabase, _ session: TemporarySession, size: Size = Size(width: 80, height: 24))
    -> Pilot<FieldbookApp> {
        makePilot(db: db, size: size, session: session.store)
    }

    @Test(arguments: [Key.ctrl("q"), .ctrl("c")])
    func quittingMidTypingKeepsTheTextInItsFieldWithTheCursor(quitKey: Key) throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try Self.formAtPersonsMet(db, visit: visit)
        defer { session.remove() }
        pilot.type("张经理、李会计")
        pilot.press(quitKey)
        #expect(pilot.hasQuit)
        // Not written to the visit (the field was not left) but not lost either.
        #expect(try VisitFixtures.visit(db, id: visit.id).personsMet == "")

        var again = Self.restart(db, session)
        #expect(again.program.routes == [.dashboard, .visit(id: visit.id)])
        #expect(again.screenText.contains("张经理、李会计"))
        // The cursor is in that field, after the text: typing goes on where it stopped.
        again.type("等")
        again.press(.tab)
        #expect(try VisitFixtures.visit(db, id: visit.id).personsMet == "张经理、李会计等")
        #expect(again.program.draft(for: .visit(id: visit.id)) == nil)
    }

    @Test func aLanguageSwitchMidTypingKeepsTheText() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try Self.formAtPersonsMet(db, visit: visit)
        defer { session.remove() }
        pilot.type("张经理")
        pilot.press(.function(2))
        #expect(pilot.screenText.contains("Met"))
        #expect(pilot.screenText.contains("张经理"))
        pilot.type("等")
        pilot.press(.function(2))
        #expect(pilot.screenText.contains("张经理等"))
        pilot.press(.tab)
        #expect(try VisitFixtures.visit(db, id: visit.id).personsMet == "张经理等")
    }

    @Test func aResizeMidTypingKeepsTheText() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try Self.formAtPersonsMet(db, visit: visit)
        defer { session.remove() }
        pilot.type("张经理")
        pilot.resize(to: Size(width: 60, height: 16))
        pilot.resize(to: Size(width: 120, height: 40))
        pilot.type("等")
        #expect(pilot.screenText.contains("张经理等"))
    }

    /// An invalid value is not dropped by a second Esc: it stays the field's draft and comes back
    /// with its error when the form is opened again (also after a restart).
    @Test func anInvalidValueLeftWithEscComesBackWithItsError() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)])
        defer { session.remove() }
        pilot.press(VisitFormTests.tabs(to: .start))
        pilot.type("25:70")
        pilot.press(.escape)
        #expect(pilot.program.routes == [.dashboard, .visit(id: visit.id)])
        #expect(pilot.screenText.contains("保留为草稿"))
        pilot.press(.escape)
        #expect(pilot.program.routes == [.dashboard])
        #expect(try VisitFixtures.visit(db, id: visit.id).startTime == nil)

        var again = Self.restart(db, session)
        again.press(.enter)  // the dashboard's draft list: open the visit
        #expect(again.program.routes == [.dashboard, .visit(id: visit.id)])
        #expect(again.screenText.contains("25:70"))
        #expect(again.screenText.contains(catalogue(for: .zh).problemTime))
    }

    @Test func aChecklistNoteSurvivesCtrlCAndReopensOnItsItem() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)])
        defer { session.remove() }
        pilot.press(.down, .down, .character("e"))
        pilot.type("工资表未见签字")
        pilot.press(.ctrl("c"))
        #expect(pilot.hasQuit)

        var again = Self.restart(db, session)
        #expect(again.screenText.contains("工资表未见签字"))
        again.type("，已拍照")
        again.press(.enter)
        let notes = try #require(try db.visit(id: visit.id)).answers.values.compactMap(\.note)
        #expect(notes == ["工资表未见签字，已拍照"])
    }

    @Test func aRecommendationBeingWrittenSurvivesQuitting() throws {
        let world = try FollowUpFixtures.world()
        let route = Route.newRecommendation(visitId: world.visit.id, itemCode: "LC-01")
        let session = try TemporarySession(routes: [.dashboard, route])
        defer { session.remove() }
        var pilot = makePilot(db: world.db, session: session.store)
        pilot.type("限期补签")
        pilot.press(.ctrl("q"))
        #expect(try world.db.visit(id: world.visit.id)?.recommendations.isEmpty == true)
        var again = Self.restart(world.db, session)
        #expect(again.program.routes.last == route)
        #expect(again.screenText.contains("限期补签"))
        again.type("合同")
        again.press(.tab)
        let recs = try #require(try world.db.visit(id: world.visit.id)?.recommendations)
        #expect(recs.count == 1)
        #expect(recs.first?.text.hasSuffix("限期补签合同") == true)
    }

    @Test func aNewEnterpriseLeftWithEscIsStillThereWhenOpenedAgain() throws {
        let db = try makeTestDatabase()
        let session = try TemporarySession(routes: [.dashboard])
        defer { session.remove() }
        var pilot = makePilot(db: db, session: session.store)
        pilot.press(.character("n"))
        pilot.press(.tab)
        pilot.type("郧西县天成商贸")
        pilot.press(.escape, .escape)  // cannot be saved (no credit code): the second Esc leaves
        #expect(pilot.program.routes == [.dashboard])
        pilot.press(.character("n"))
        #expect(pilot.screenText.contains("郧西县天成商贸"))
        pilot.press(.ctrl("q"))

        var again = Self.restart(db, session)
        #expect(again.program.routes == [.dashboard, .newEnterprise])
        #expect(again.screenText.contains("郧西县天成商贸"))
        // The cursor is back where the save had put it (the missing credit code): finish and save.
        again.type(NewEnterpriseScreenTests.goodCode)
        again.press(.ctrl("s"))
        #expect(try db.enterprise(creditCode: NewEnterpriseScreenTests.goodCode)?.name == "郧西县天成商贸")
        #expect(again.program.draft(for: .newEnterprise) == nil)
    }

    @Test func theSetupNameSurvivesEscAndQuitting() throws {
        let db = try makeTestDatabase(inspector: nil)
        let session = try TemporarySession(routes: [])
        defer { session.remove() }
        var pilot = makePilot(db: db, session: session.store)
        pilot.type("李娜")
        pilot.press(.escape)
        #expect(pilot.screenText.contains("李娜"))
        pilot.press(.ctrl("q"))
        #expect(pilot.hasQuit)

        var again = Self.restart(db, session)
        #expect(again.screenText.contains("李娜"))
        again.type("娜")
        again.press(.ctrl("s"))
        #expect(try db.currentInspector()?.name == "李娜娜")
    }

    @Test func aReopenReasonSurvivesQuitting() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        try db.completeVisit(id: visit.id)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.review(visitId: visit.id)])
        defer { session.remove() }
        pilot.press(.character("o"))
        pilot.type("补录工资")
        pilot.press(.ctrl("q"))

        var again = Self.restart(db, session)
        #expect(again.screenText.contains("补录工资"))
        again.type("台账")
        again.press(.enter)
        #expect(try VisitFixtures.visit(db, id: visit.id).reopenReason == "补录工资台账")
        #expect(try VisitFixtures.visit(db, id: visit.id).status == .draft)
    }

    /// What the drafts file holds is exactly the text on screen, key by key.
    @Test func theDraftsFileFollowsEveryKey() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try Self.formAtPersonsMet(db, visit: visit)
        defer { session.remove() }
        for (count, character) in "张经理".enumerated() {
            pilot.type(String(character))
            let entry = try #require(session.store.loadDrafts().first)
            #expect(entry.route == .visit(id: visit.id))
            #expect(entry.draft.fields["personsMet"] == String("张经理".prefix(count + 1)))
            #expect(entry.draft.focus == "personsMet" && entry.draft.cursor == count + 1)
        }
        pilot.press(.tab)
        #expect(session.store.loadDrafts().isEmpty)
    }
}
