import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// What the first-time-inspector pass in tmux found (issue 15, step 3), each as the inspector met
/// it: the figures editor swallowed Ctrl-Q and F2 and lost its text on a kill or an Esc; at 60
/// columns the status bar of most screens did not show the way back.
@Suite struct FirstTimeInspectorTests {
    static let sizes = [Size(width: 60, height: 16), Size(width: 80, height: 24), Size(width: 120, height: 40)]

    static func finding(_ language: Language) throws -> (AppDatabase, SiteVisit) {
        let db = try VisitFixtures.database(language: language)
        let visit = try VisitFixtures.draft(db)
        try db.setAnswer(visitId: visit.id, itemCode: "LC-01", value: .nonCompliant)
        return (db, visit)
    }

    /// Ctrl-Q in the figures editor quit nothing (the editor took it) and a kill lost the figures.
    @Test(arguments: sizes, [Language.zh, .en])
    func ctrlQInTheFiguresEditorQuitsAndTheFiguresComeBack(size: Size, language: Language) throws {
        let (db, visit) = try Self.finding(language)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)], size: size)
        defer { session.remove() }
        pilot.press(.character("f"))
        pilot.type("12")
        pilot.press(.ctrl("q"))
        #expect(pilot.hasQuit)
        var again = makePilot(db: db, size: size, session: session.store)
        #expect(again.screenText.contains("12"))
        again.type("0")
        again.press(.enter)
        #expect(try db.visit(id: visit.id)?.answers["LC-01"]?.figures.workers == 120)
    }

    /// F2 in the figures editor switched nothing; Esc threw the figures away.
    @Test(arguments: [Language.zh, .en])
    func f2KeepsTheFiguresAndEscSavesThem(language: Language) throws {
        let (db, visit) = try Self.finding(language)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)])
        defer { session.remove() }
        pilot.press(.character("f"))
        pilot.type("7")
        pilot.press(.function(2))
        #expect(pilot.screenText.contains(language == .zh ? "Checklist" : "检查清单"))
        #expect(pilot.lines.contains { $0.contains("│ 7 ") })
        pilot.press(.escape)
        #expect(try db.visit(id: visit.id)?.answers["LC-01"]?.figures.workers == 7)
        #expect(pilot.program.routes.last == .checklist(visitId: visit.id))
        // Not numbers: the first Esc says why and stays, the second leaves with them as the draft.
        pilot.press(.character("f"), .ctrl("u"))
        pilot.type("七")
        pilot.press(.escape)
        #expect(pilot.program.routes.last == .checklist(visitId: visit.id))
        #expect(pilot.lines.last?.contains(language == .zh ? "Esc again leaves" : "再按 Esc 离开") == true)
        pilot.press(.escape)
        #expect(pilot.program.routes.last != .checklist(visitId: visit.id))
        pilot.press(.function(5))
        #expect(pilot.lines.contains { $0.contains("│ 七") })
        #expect(try db.visit(id: visit.id)?.answers["LC-01"]?.figures.workers == 7)
    }

    /// Below the first screen the status bar shows "Esc 返回" at every size.
    @Test(arguments: sizes, [Language.zh, .en])
    func theWayBackIsInTheStatusBarAtEverySize(size: Size, language: Language) throws {
        let (db, visit) = try Self.finding(language)
        let back = language == .zh ? "Esc 返回" : "Esc back"
        for route in [Route.checklist(visitId: visit.id), .visit(id: visit.id), .enterprises, .review(visitId: visit.id),
                      .recommendations(visitId: visit.id), .projects] {
            let (pilot, session) = try makeVisitPilot(db: db, routes: [route], size: size)
            defer { session.remove() }
            #expect(pilot.lines.last?.contains(back) == true, "\(route) at \(size)")
        }
    }
}
