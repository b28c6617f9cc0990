import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// Issue 12, point 2: the note and the recommendation of a finding go to the item just judged.
/// A non-compliant answer keeps that item focused (and says what can be added to it); the note
/// editor's title names the item by code and text.
@Suite struct FindingNoteTests {
    /// The checklist with the cursor on `code`.
    static func checklist(at code: String, language: Language = .zh, size: Size = Size(width: 80, height: 24))
    throws -> (AppDatabase, SiteVisit, Pilot<FieldbookApp>, TemporarySession) {
        let db = try VisitFixtures.database(language: language)
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)], size: size)
        let items = try #require(try db.checklist(templateId: visit.templateId, version: visit.templateVersion)).items
        let index = try #require(items.firstIndex { $0.code == code })
        pilot.press(Array(repeating: Key.down, count: index))
        return (db, visit, pilot, session)
    }

    @Test(arguments: [(Language.zh, Size(width: 80, height: 24)), (.en, Size(width: 60, height: 16)),
                      (.zh, Size(width: 120, height: 40))])
    func aNoteTypedRightAfterANonCompliantAnswerLandsOnThatItem(language: Language, size: Size) throws {
        var (db, visit, pilot, session) = try Self.checklist(at: "SI-03", language: language, size: size)
        defer { session.remove() }
        pilot.press(.character("n"), .character("e"))
        // The editor says which item the note is for.
        #expect(pilot.screenText.contains(language == .zh ? "备注 · SI-03" : "Note · SI-03"))
        pilot.type("未为3名职工缴纳社保")
        pilot.press(.enter)
        let answers = try #require(try db.visit(id: visit.id)).answers
        #expect(answers["SI-03"]?.value == .nonCompliant)
        #expect(answers["SI-03"]?.note == "未为3名职工缴纳社保")
        #expect((answers["SP-01"]?.note ?? "").isEmpty)
        #expect(answers.values.filter { !$0.note.isEmpty }.count == 1)
    }

    @Test func theFindingKeepsFocusAndSaysWhatCanBeAdded() throws {
        var (_, visit, pilot, session) = try Self.checklist(at: "SI-03")
        defer { session.remove() }
        pilot.press(.character("n"))
        #expect(pilot.screenText.contains("▸✗ SI-03"))
        #expect(pilot.screenText.contains("SI-03 不符合：e 写备注"))
        // The recommendation, too, is for the item just judged.
        pilot.press(.character("r"))
        #expect(pilot.program.routes.last == .newRecommendation(visitId: visit.id, itemCode: "SI-03"))
    }

    @Test func compliantAndNotApplicableStillMoveOn() throws {
        var (db, visit, pilot, session) = try Self.checklist(at: "SI-03")
        defer { session.remove() }
        pilot.press(.character("y"), .character("a"))
        let answers = try #require(try db.visit(id: visit.id)).answers
        #expect(answers["SI-03"]?.value == .compliant)
        #expect(answers["SI-04"]?.value == .notApplicable)
        _ = pilot
    }
}
