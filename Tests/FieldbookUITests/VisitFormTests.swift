import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

@Suite struct VisitFormTests {
    /// Tab presses from the enterprise field to `field` (the form's focus order).
    /// The keys from `start` to `field`. A draft with nothing filled in opens on the start time
    /// (the first field that needs input), so that is where the keys start by default.
    static func tabs(from start: VisitFormField = .start, to field: VisitFormField,
                     type: VisitType = .riskScreening) -> [Key] {
        let order = VisitFormField.fields(for: type)
        let delta = order.firstIndex(of: field)! - order.firstIndex(of: start)!
        return delta >= 0 ? Array(repeating: .tab, count: delta) : Array(repeating: .backTab, count: -delta)
    }

    @Test func aNewVisitIsADraftInTheDatabaseAtOnce() throws {
        let db = try VisitFixtures.database()
        let enterprise = try VisitFixtures.xintai(db)
        let (pilot, session) = try makeVisitPilot(db: db, routes: [.newVisit(enterpriseId: enterprise.id)])
        defer { session.remove() }
        let visits = try db.visitHistory(enterpriseId: enterprise.id).rows
        #expect(visits.count == 1)
        let visit = try #require(visits.first)
        #expect(pilot.program.routes == [.dashboard, .visit(id: visit.id)])
        #expect(visit.date.description == "2026-11-29")
        #expect(visit.inspectors == ["王建国"])
        #expect(visit.templateId == "employment-risk" && visit.templateVersion == 2)
        #expect(pilot.screenText.contains("十堰鑫泰汽车零部件有限公司"))
        #expect(pilot.screenText.contains("2026-11-29"))
        #expect(pilot.screenText.contains("用工风险排查"))
        #expect(pilot.screenText.contains("王建国"))
    }

    @Test(arguments: [(Language.zh, Size(width: 80, height: 24)), (.zh, Size(width: 120, height: 40)),
                      (.en, Size(width: 80, height: 24)), (.en, Size(width: 120, height: 40))])
    func everyFieldIsOnScreen(language: Language, size: Size) throws {
        let db = try VisitFixtures.database(language: language)
        let visit = try VisitFixtures.draft(db)
        let (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)], size: size)
        defer { session.remove() }
        let text = catalogue(for: language)
        let screen = pilot.screenText
        for field in VisitFormField.fields(for: .riskScreening) {
            #expect(screen.contains(field.label(text)), "\(field) at \(size) in \(language)")
        }
        #expect(screen.contains("F5 " + text.keyChecklist))
        #expect(screen.contains("F6 " + text.keyRecommendations))
        #expect(screen.contains("F7 " + text.keyReview))
        #expect(screen.contains(VisitType.riskScreening.label(in: language)))
        // Nothing runs into the status bar: the buttons sit above it.
        #expect(pilot.lines[size.height - 1].contains(text.keyNextField))
    }

    @Test func workforceCrossCheckKeepsTheTextShowsWhyAndSavesOnceFixed() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)])
        defer { session.remove() }
        pilot.press(Self.tabs(to: .employees))
        pilot.type("100")
        pilot.press(.tab)
        #expect(try VisitFixtures.visit(db, id: visit.id).employees == 100)
        pilot.type("120")
        pilot.press(.tab)
        #expect(pilot.screenText.contains("不能超过职工人数（100）"))
        #expect(pilot.screenText.contains("120"))
        #expect(try VisitFixtures.visit(db, id: visit.id).writtenContracts == nil)

        // Fix it: back to the field, replace the figure.
        pilot.press(.backTab, .ctrl("u"))
        pilot.type("80")
        pilot.press(.tab)
        #expect(!pilot.screenText.contains("不能超过职工人数"))
        #expect(try VisitFixtures.visit(db, id: visit.id).writtenContracts == 80)
    }

    @Test func raisingEmployeesLetsAWaitingSubCountSave() throws {
        let db = try VisitFixtures.database(language: .en)
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)])
        defer { session.remove() }
        pilot.press(Self.tabs(to: .employees))
        pilot.type("50")
        pilot.press(.tab)
        pilot.type("60")
        pilot.press(.tab)
        #expect(pilot.screenText.contains("cannot exceed employees (50)"))
        pilot.press(.backTab, .backTab, .ctrl("u"))
        pilot.type("70")
        pilot.press(.tab)
        let stored = try VisitFixtures.visit(db, id: visit.id)
        #expect(stored.employees == 70)
        #expect(stored.writtenContracts == 60)
        #expect(!pilot.screenText.contains("cannot exceed"))
    }

    @Test func theDispatchedShareIsShownLiveAgainstTheLimit() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)])
        defer { session.remove() }
        pilot.press(Self.tabs(to: .employees))
        pilot.type("200")
        pilot.press(.tab, .tab, .tab)
        pilot.type("1")
        #expect(pilot.screenText.contains("派遣占比 0.5%（上限 10%）"))
        pilot.type("5")
        #expect(pilot.screenText.contains("派遣占比 7.5%"))
        pilot.type("0")
        #expect(pilot.screenText.contains("⚠ 派遣占比 75.0%，超过 10% 法定上限"))
        pilot.press(.ctrl("u"))
        pilot.type("22")
        #expect(pilot.screenText.contains("⚠ 派遣占比 11.0%"))
        pilot.press(.tab)
        // Above the limit is a warning, not an error: the figure is saved.
        #expect(try VisitFixtures.visit(db, id: visit.id).dispatchedWorkers == 22)
    }

    @Test func badTimesAndNumbersStayTypedWithAMessage() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)])
        defer { session.remove() }
        pilot.press(Self.tabs(to: .start))
        pilot.type("9:30")
        pilot.press(.tab)
        pilot.type("09:00")
        pilot.press(.tab)
        #expect(pilot.screenText.contains("结束时间09:00早于开始时间09:30"))
        var stored = try VisitFixtures.visit(db, id: visit.id)
        #expect(stored.startTime?.description == "09:30")
        #expect(stored.endTime == nil)
        pilot.press(.backTab, .ctrl("u"))
        pilot.type("11:45")
        pilot.press(.tab)
        stored = try VisitFixtures.visit(db, id: visit.id)
        #expect(stored.endTime?.description == "11:45")

        pilot.press(.tab, .tab)  // persons met → employees
        pilot.type("约100")  // a number field refuses the non-digit as it is typed (issue 12)
        #expect(!pilot.screenText.contains("约100"))
        pilot.press(.tab)
        #expect(try VisitFixtures.visit(db, id: visit.id).employees == 100)
    }

    @Test func theEnterprisePickerSearchesAsYouTypeAndChooses() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)])
        defer { session.remove() }
        pilot.press(Self.tabs(to: .enterprise))
        pilot.type("华鼎")
        #expect(pilot.screenText.contains("十堰华鼎车桥制造股份有限公司"))
        pilot.press(.enter)
        let huading = try #require(try db.enterprise(creditCode: "91420303714473061B"))
        #expect(try VisitFixtures.visit(db, id: visit.id).enterpriseId == huading.id)
        #expect(pilot.screenText.contains("91420303714473061B"))
        // Focus moved on to the date.
        #expect(pilot.program.routes.last == .visit(id: visit.id))
    }

    @Test func typeInspectorsPersonsAndNotesAreSavedAsTyped() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)])
        defer { session.remove() }
        pilot.press(Self.tabs(to: .type))
        pilot.press(.right, .right)
        #expect(try VisitFixtures.visit(db, id: visit.id).type == .mobileArbitration)
        pilot.press(.tab, .tab, .tab)  // inspectors
        pilot.press(.ctrl("u"))
        pilot.type("王建国、李娜,张伟")
        pilot.press(.tab)
        pilot.type("人事经理 刘强")
        pilot.press(Self.tabs(from: .personsMet, to: .notes))
        pilot.type("食堂张贴了工资支付公告。")
        pilot.press(.enter)
        pilot.type("第二行")
        pilot.press(.escape)
        let stored = try VisitFixtures.visit(db, id: visit.id)
        #expect(stored.inspectors == ["王建国", "李娜", "张伟"])
        #expect(stored.personsMet == "人事经理 刘强")
        #expect(stored.notes == "食堂张贴了工资支付公告。\n第二行")
        #expect(pilot.program.routes == [.dashboard])
    }

    @Test func escWithAnUnsavableFieldWarnsOnceThenLeaves() throws {
        let db = try VisitFixtures.database(language: .en)
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)])
        defer { session.remove() }
        pilot.press(Self.tabs(to: .start))
        pilot.type("25:00")
        pilot.press(.escape)
        #expect(pilot.program.routes.last == .visit(id: visit.id))
        #expect(pilot.screenText.contains("Use hours:minutes"))
        #expect(pilot.screenText.contains("press Esc again"))
        pilot.press(.escape)
        #expect(pilot.program.routes == [.dashboard])
    }

    @Test func aCompletedVisitOpensReadOnly() throws {
        let db = try VisitFixtures.database()
        var visit = try VisitFixtures.draft(db)
        visit.personsMet = "刘强"
        try db.updateVisit(visit)
        try db.completeVisit(id: visit.id)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)])
        defer { session.remove() }
        #expect(pilot.screenText.contains("本次走访已完成并锁定"))
        pilot.press(Self.tabs(to: .personsMet))
        pilot.type("改")
        pilot.press(.tab)
        #expect(!pilot.screenText.contains("刘强改"))
        #expect(try VisitFixtures.visit(db, id: visit.id).personsMet == "刘强")
        #expect(pilot.cursor == nil)
    }

    @Test func navigationKeysOpenTheVisitsOtherScreens() throws {
        let db = try VisitFixtures.database()
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.visit(id: visit.id)])
        defer { session.remove() }
        pilot.press(.function(5))
        #expect(pilot.program.routes.last == .checklist(visitId: visit.id))
        // The checklist took the form's place (VisitSwitchingTests): F4 brings the form back.
        pilot.press(.function(4))
        #expect(pilot.program.routes == [.dashboard, .visit(id: visit.id)])
    }
}
