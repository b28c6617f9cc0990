import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// Issue 12, point 5 (part): number fields refuse non-digits as they are typed, and a
/// recommendation's deadline cannot be before its visit.
@Suite struct ImplausibleValueTests {
    @Test func aNumberFieldTakesDigitsOnly() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)])
        defer { session.remove() }
        pilot.press(VisitFormTests.tabs(to: .employees))
        pilot.type("abc五十12")
        pilot.press(.paste("约 3,4"))
        #expect(!pilot.screenText.contains("abc"))
        #expect(!pilot.screenText.contains("五十"))
        pilot.press(.tab)
        #expect(try VisitFixtures.visit(db, id: visit.id).employees == 1234)
    }

    @Test func aDeadlineBeforeTheVisitIsRefusedAndKeptAsTyped() throws {
        let world = try FollowUpFixtures.world()
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.newRecommendation(visitId: world.visit.id, itemCode: nil)])
        pilot.type("补签劳动合同")
        pilot.press(.tab, .tab, .ctrl("u"))
        pilot.type("20261101")
        pilot.press(.tab)
        #expect(pilot.screenText.contains("整改期限不能早于走访日期（2026-11-29）"))
        #expect(pilot.screenText.contains("2026-11-01"))
        let recs = try #require(try world.db.visit(id: world.visit.id)?.recommendations)
        #expect(recs.count == 1)
        #expect(recs.first?.deadline != LocalDate("2026-11-01"))
    }
}
