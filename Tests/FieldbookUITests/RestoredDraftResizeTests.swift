import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// A suspected bug checked (issue 16): typed text restored after a kill on a narrow terminal must
/// not keep the narrow terminal's horizontal scroll once the terminal is wider — the focused
/// field shows its text from the beginning when it fits. It does not keep it: the scroll is
/// derived from the field's width at every frame and never stored with the screen (an invalid
/// time typed long stays scrolled to the cursor only because a time field is a few columns wide
/// at every size). This test keeps it so.
@Suite struct RestoredDraftResizeTests {
    static let typed = "大约十一点半左右结束待定再议"

    /// 接待人员 is as wide as half the form: at 60 columns the text overflows, at 120 it fits.
    /// (The time fields are a few columns wide at every size, so they always scroll to the cursor.)
    @Test func aRestoredDraftShowsItsBeginningOnceTheTerminalIsWide() throws {
        let field = VisitFormField.personsMet
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        let narrow = Size(width: 60, height: 16)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)], size: narrow)
        defer { session.remove() }
        pilot.press(VisitFormTests.tabs(to: field))
        pilot.type(Self.typed)
        // Too long for the field at 60 columns: scrolled to the cursor, the beginning hidden.
        #expect(!pilot.screenText.contains(Self.typed))
        // Killed (the drafts file is written at every key), started again at 60×16.
        var again = makePilot(db: db, size: narrow, session: session.store)
        #expect(again.screenText.contains(String(Self.typed.suffix(4))))
        #expect(!again.screenText.contains(Self.typed))
        again.resize(to: Size(width: 120, height: 40))
        #expect(again.screenText.contains(Self.typed))
        // Typing goes on at the end, where it stopped.
        again.type("止")
        #expect(again.screenText.contains(Self.typed + "止"))
    }
}
