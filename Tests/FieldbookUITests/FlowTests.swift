import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// Issue 16: every screen usable at 60×16, where-am-I and back, fewer keys. Each test looks at
/// what the inspector sees (the frame) or what the database holds.
@Suite("Inspector flow")
struct FlowTests {
    static let small = Size(width: 60, height: 16)

    // MARK: 1. Every screen at every size

    @Test("at 60×16 the visit form scrolls to the focused field: the notes come into view with the cursor",
          arguments: [Language.zh, .en])
    func formScrollsToFocus(language: Language) throws {
        let db = try VisitFixtures.database(language: language)
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)], size: Self.small)
        defer { session.remove() }
        let notes = VisitFormField.notes.label(catalogue(for: language))
        #expect(!pilot.screenText.contains(notes))
        pilot.press(VisitFormTests.tabs(to: .notes))
        let cursor = try #require(pilot.cursor)
        #expect(cursor.y >= 1 && cursor.y < Self.small.height - 1)
        #expect(pilot.lines[cursor.y].contains(notes))
        #expect(pilot.lines[1].hasSuffix("▲"))  // rows hidden above say so
        // Back up to the start time: the top of the form returns.
        pilot.press(VisitFormTests.tabs(from: .notes, to: .start))
        #expect(pilot.lines[pilot.cursor!.y].contains(VisitFormField.start.label(catalogue(for: language))))
    }

    @Test("at 60×16 an enterprise with one visit shows that visit's row", arguments: [Language.zh, .en])
    func detailShowsAVisitRow(language: Language) throws {
        let db = try AppDatabase.inMemory(clock: testClock)
        try db.fillDemo(language: language)
        let enterprise = try #require(try db.enterprise(creditCode: "91420381MA48M1E979"))
        let visit = try #require(try db.visitHistory(enterpriseId: enterprise.id, limit: 1).rows.first)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.enterprise(id: enterprise.id)], size: Self.small)
        defer { session.remove() }
        #expect(pilot.contentText.contains(visit.date.description))
        pilot.press(.enter)
        #expect(pilot.program.routes.last == .visit(id: visit.id))
    }

    @Test("a field not being edited shows the beginning of its text, cut with an ellipsis")
    func unfocusedFieldShowsItsBeginning() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)], size: Self.small)
        defer { session.remove() }
        pilot.press(VisitFormTests.tabs(to: .personsMet))
        pilot.type("劳资专管员 黄卫东、财务 刘敏、车间主任 张强")
        pilot.press(.tab)
        let row = try #require(pilot.lines.first { $0.contains("接待人员") })
        #expect(row.contains("劳资专管员"))
        #expect(row.hasSuffix("…"))
    }

    // MARK: 2. Where am I, and how do I get back

    @Test("the header keeps the screen and the enterprise at 60 columns, each part once", arguments: [Language.zh, .en])
    func headerKeepsScreenAndEnterprise(language: Language) throws {
        let db = try VisitFixtures.database(language: language)
        let enterprise = try VisitFixtures.xintai(db)
        let visit = try VisitFixtures.draft(db)
        try db.setAnswer(visitId: visit.id, itemCode: "LC-01", value: .nonCompliant)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.enterprises, .enterprise(id: enterprise.id),
                                                                  .visit(id: visit.id)], size: Self.small)
        defer { session.remove() }
        let text = catalogue(for: language)
        pilot.press(.function(6), .character("n"))
        let header = pilot.lines[0]
        #expect(header.contains(text.newRecommendationTitle), "\(header)")
        #expect(header.contains(String(enterprise.name.prefix(2))), "\(header)")
        pilot.press(.escape, .escape)
        #expect(pilot.lines[0].components(separatedBy: text.recommendationsTitle).count <= 2)
        // Esc walks the header back one step at a time: the list, then the enterprise.
        #expect(pilot.program.routes.last == .enterprise(id: enterprise.id))
        pilot.press(.escape)
        #expect(pilot.program.routes.last == .enterprises)
    }

    @Test("a notice stays until the next key, however long that takes, and no longer")
    func noticeLastsUntilTheNextKey() throws {
        let db = try VisitFixtures.database()
        var (pilot, session) = try makeVisitPilot(db: db, routes: [])
        defer { session.remove() }
        pilot.press(.function(2))
        let switched = catalogue(for: .en).languageSwitched
        #expect(pilot.lines.last!.contains(switched))
        pilot.advance(by: .seconds(60))
        #expect(pilot.lines.last!.contains(switched))
        pilot.press(.character("e"))
        #expect(!pilot.lines.last!.contains(switched))
    }

    @Test("the checklist reopens on the item the inspector left in that visit")
    func checklistReopensWhereLeft() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)])
        defer { session.remove() }
        pilot.press(.function(5), .down, .down, .down, .down)
        #expect(pilot.screenText.contains("▸· LC-06"))
        pilot.press(.function(7), .function(5))
        #expect(pilot.screenText.contains("▸· LC-06"))
        pilot.press(.function(4), .escape, .enter, .function(5))
        #expect(pilot.screenText.contains("▸· LC-06"))
    }

    @Test("the checklist's item survives a restart: on the saved checklist and when it is opened again")
    func checklistPositionSurvivesRestart() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)])
        defer { session.remove() }
        pilot.press(.function(5), .down, .down, .down, .down)
        #expect(pilot.screenText.contains("▸· LC-06"))
        // The program ends on the checklist (a kill keeps the files as they are after the key).
        var restarted = makePilot(db: db, session: session.store)
        #expect(restarted.program.routes.last == .checklist(visitId: visit.id))
        #expect(restarted.screenText.contains("▸· LC-06"))
        // Ended on the visit form instead: F5 opens the checklist at the item.
        restarted.press(.function(4))
        var again = makePilot(db: db, session: session.store)
        #expect(again.program.routes.last == .visit(id: visit.id))
        again.press(.function(5))
        #expect(again.screenText.contains("▸· LC-06"))
    }

    @Test("F4–F7 are the visit's sections: on the enterprise list they change no filter; Alt letters do")
    func functionKeysMeanSections() throws {
        let db = try RegistryFixtures.sampleDatabase()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.enterprises])
        defer { session.remove() }
        let before = pilot.screenText
        pilot.press(.function(4), .function(5), .function(6), .function(7))
        #expect(pilot.screenText == before)
        pilot.press(.alt("l"))
        #expect(pilot.contentText.contains("Alt-l 红名单 有"))
        // On the dashboard, F5 opens the selected draft's checklist.
        pilot.press(.escape, .function(5))
        #expect(pilot.program.routes.last == .checklist(visitId: visit.id))
    }

    // MARK: 3. Fewer keys

    @Test("w jumps to the next finding without a recommendation; R writes one for each, prefilled")
    func findingsWithoutRecommendations() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        for code in ["LC-03", "WG-01", "WG-03"] { try db.setAnswer(visitId: visit.id, itemCode: code, value: .nonCompliant) }
        _ = try db.addRecommendation(visitId: visit.id, itemCodes: ["WG-01"], text: "补发差额", priority: .high)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)])
        defer { session.remove() }
        pilot.press(.character("w"))
        #expect(pilot.screenText.contains("▸✗ LC-03"))
        pilot.press(.character("w"))
        #expect(pilot.screenText.contains("▸✗ WG-03"))
        pilot.press(.character("R"))
        let recommendations = try #require(try db.visit(id: visit.id)).recommendations
        #expect(Set(recommendations.flatMap(\.itemCodes)) == ["LC-03", "WG-01", "WG-03"])
        #expect(recommendations.allSatisfy { !$0.text.isEmpty && $0.deadline != nil })
        // The prefilled ones are reviewed one by one: the first new one's form opens, Ctrl-N
        // goes on through the visit's recommendations in the list's order, then to the list.
        let created = recommendations.filter { $0.itemCodes != ["WG-01"] }
        let order = RecommendationCells.listOrder(recommendations).map(\.id)
        let first = try #require(order.first { id in created.contains { $0.id == id } })
        #expect(pilot.program.routes.last == .recommendation(id: first))
        #expect(pilot.screenText.contains("Ctrl-N 下一条"))
        var seen = [first]
        for _ in order.drop(while: { $0 != first }).dropFirst() {
            pilot.press(.ctrl("n"))
            guard case .recommendation(let id)? = pilot.program.routes.last else { break }
            seen.append(id)
        }
        #expect(Set(created.map(\.id)).isSubset(of: Set(seen)))
        #expect(pilot.screenText.contains("Ctrl-N 回列表"))
        pilot.press(.ctrl("n"))
        #expect(pilot.program.routes.last == .recommendations(visitId: visit.id))
        pilot.press(.function(5), .character("w"))
        #expect(pilot.lines.last!.contains(catalogue(for: .zh).checklistAllRecommended))
    }

    @Test("A marks the section's unchecked items not applicable after a yes; answered ones stay")
    func sectionNotApplicable() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        try db.setAnswer(visitId: visit.id, itemCode: "LC-01", value: .compliant)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)])
        defer { session.remove() }
        pilot.press(.down, .character("A"))
        #expect(pilot.screenText.contains(catalogue(for: .zh).sectionNotApplicableTitle))
        pilot.press(.enter)  // Cancel has focus: nothing changes
        #expect(try db.visit(id: visit.id)!.answers.count == 1)
        pilot.press(.character("A"), .left, .enter)
        let answers = try #require(try db.visit(id: visit.id)).answers
        #expect(answers["LC-01"]?.value == .compliant)
        let lc = answers.filter { $0.key.hasPrefix("LC-") }
        #expect(lc.count == 9 && lc.filter { $0.value.value == .notApplicable }.count == 8)
        #expect(answers.keys.allSatisfy { $0.hasPrefix("LC-") })
    }

    @Test("the visit form opens on the first field that needs input, not the enterprise")
    func formFocusesFirstEmptyField() throws {
        let db = try VisitFixtures.database()
        let enterprise = try VisitFixtures.xintai(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.newVisit(enterpriseId: enterprise.id)])
        defer { session.remove() }
        pilot.type("0930")
        pilot.press(.tab)
        let visitId = try #require(try db.visitHistory(enterpriseId: enterprise.id, limit: 1).rows.first?.id)
        #expect(try VisitFixtures.visit(db, id: visitId).startTime?.description == "09:30")
        // Now the inspectors field is the first that needs input.
        pilot.press(.escape, .enter)
        let cursor = try #require(pilot.cursor)
        #expect(pilot.lines[cursor.y].contains("检查人员"))
    }

    @Test("times typed 0930, 9:30, 9.30 and dates typed 2026/12/4, 2026.12.4, 20261204 are saved",
          arguments: [("0930", "2026/11/4"), ("9:30", "2026.11.4"), ("9.30", "20261104")])
    func typedTimesAndDates(time: String, date: String) throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)])
        defer { session.remove() }
        pilot.type(time)
        pilot.press(VisitFormTests.tabs(from: .start, to: .date))
        pilot.press(.ctrl("u"))
        pilot.type(date)
        pilot.press(.tab)
        let saved = try VisitFixtures.visit(db, id: visit.id)
        #expect(saved.startTime?.description == "09:30")
        #expect(saved.date.description == "2026-11-04")
    }

    @Test("a deadline written in the text (30日内) is offered for the deadline field; F3 takes it")
    func deadlineFromText() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.newRecommendation(visitId: visit.id, itemCode: nil)])
        defer { session.remove() }
        pilot.type("责令30日内补签劳动合同")
        let due = visit.date.adding(days: 30).description
        #expect(pilot.screenText.contains("按正文期限：\(due)"))
        pilot.press(.function(3), .ctrl("s"))
        let saved = try #require(try db.visit(id: visit.id)?.recommendations.first)
        #expect(saved.deadline?.description == due)
        #expect(TypedDeadline.days(in: "限十五日内整改") == 15)
        #expect(TypedDeadline.days(in: "Rectify within 7 days.") == 7)
        #expect(TypedDeadline.days(in: "立即整改") == nil)
    }
}
