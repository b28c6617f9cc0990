import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

@Suite struct FollowUpListTests {
    @Test func theVisitsRecommendationsShowWithOverdueOnesMarkedAndStatusKeysWork() throws {
        let world = try FollowUpFixtures.backdated(try FollowUpFixtures.world())
        let late = try world.db.addRecommendation(visitId: world.visit.id, itemCodes: ["LC-01"], text: "补签劳动合同",
                                                  priority: .high, deadline: LocalDate("2026-11-20"))
        try world.db.addRecommendation(visitId: world.visit.id, itemCodes: ["WG-01"], text: "补足最低工资差额",
                                       priority: .medium, deadline: LocalDate("2026-12-14"))
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.recommendations(visitId: world.visit.id)])
        #expect(pilot.screenText.contains("十堰鑫泰汽车零部件有限公司 · 2026-11-15 走访"))
        #expect(pilot.screenText.contains("逾期 9 天"))
        #expect(pilot.screenText.contains("2026-12-14"))
        #expect(pilot.screenText.contains("待整改"))

        pilot.press(.character("r"))
        #expect(pilot.flatText.contains("从“待整改”改为“已整改”"))  // asks first
        #expect(try world.db.recommendation(id: late.id)?.status == .open)
        pilot.press(.enter)
        var stored = try #require(try world.db.recommendation(id: late.id))
        #expect(stored.status == .rectified)
        #expect(stored.rectifiedOn == LocalDate("2026-11-29"))
        #expect(!pilot.screenText.contains("逾期"))
        #expect(pilot.screenText.contains("状态已改为：已整改"))
        // The re-check fails: a new deadline is offered (a week on for a high priority) and taken.
        pilot.press(.character("o"))
        #expect(pilot.flatText.contains("从“已整改”改为“复查不合格”"))
        #expect(pilot.flatText.contains("重新计算整改期限"))
        pilot.press(.enter)
        stored = try #require(try world.db.recommendation(id: late.id))
        #expect(stored.status == .recheckFailed)
        #expect(stored.deadline == LocalDate("2026-12-06"))
        #expect(stored.recheckFailedOn == LocalDate("2026-11-29"))
        #expect(pilot.screenText.contains("复查不合格"))
        #expect(pilot.screenText.contains("2026-12-06"))
        // Closing asks for the evidence, and refuses in words without it.
        pilot.press(.character("v"))
        #expect(pilot.flatText.contains("销号后即结案"))
        pilot.press(.enter)
        #expect(pilot.flatText.contains("复查销号须有整改佐证"))
        #expect(try world.db.recommendation(id: late.id)?.status == .recheckFailed)
        pilot.type("复查核实，合同已补签")
        pilot.press(.enter)
        stored = try #require(try world.db.recommendation(id: late.id))
        #expect(stored.status == .closed)
        #expect(stored.verifiedOn == LocalDate("2026-11-29"))
        #expect(stored.evidenceNote == "复查核实，合同已补签")
        #expect(pilot.screenText.contains("已复查销号"))
        #expect(pilot.screenText.contains("佐证：复查核实，合同已补签"))

        pilot.press(.down, .enter)
        #expect(pilot.program.routes.last?.isRecommendation == true)
    }

    @Test func aClickSelectsARowAndASecondClickOpensIt() throws {
        let world = try FollowUpFixtures.world(language: .en)
        try world.db.addRecommendation(visitId: world.visit.id, text: "First", priority: .low)
        let second = try world.db.addRecommendation(visitId: world.visit.id, text: "Second", priority: .low)
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.recommendations(visitId: world.visit.id)])
        let y = try #require(pilot.lines.firstIndex { $0.contains("Second") })
        let click = Key.mouse(MouseEvent(.press(.left), at: Point(x: 4, y: y)))
        pilot.press(click)
        pilot.press(click)
        #expect(pilot.program.routes.last == .recommendation(id: second.id))
    }

    @Test func followUpsListOverdueAndDueSoonAcrossEnterprises() throws {
        let world = try FollowUpFixtures.world()
        let otherVisit = try world.db.startVisit(enterpriseId: world.other.id, type: .riskScreening,
                                                 date: LocalDate("2026-11-01"))
        let late = try world.db.addRecommendation(visitId: otherVisit.id, text: "缴纳社会保险", priority: .high)
        try world.db.addRecommendation(visitId: world.visit.id, text: "公示规章制度", priority: .high)
        try world.db.addRecommendation(visitId: world.visit.id, text: "完善考勤记录", priority: .low)
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.dashboard, .followUps])
        #expect(pilot.screenText.contains("已逾期 1"))
        #expect(pilot.screenText.contains("即将到期 1"))
        #expect(pilot.screenText.contains("全部待整改 3"))
        #expect(pilot.screenText.contains("十堰华鼎车桥制造股份有限公司"))  // in full in the panel below
        #expect(pilot.screenText.contains("逾期 21 天"))
        #expect(!pilot.screenText.contains("公示规章制度"))

        pilot.press(.tab)
        #expect(pilot.screenText.contains("公示规章制度"))
        #expect(pilot.screenText.contains("7 天后到期"))
        #expect(!pilot.screenText.contains("缴纳社会保险"))
        pilot.press(.tab)
        #expect(pilot.screenText.contains("完善考勤记录"))

        pilot.press(.tab, .enter)
        #expect(pilot.program.routes.last == .recommendation(id: late.id))
    }

    @Test func followUpsOpenTheEnterpriseByRoute() throws {
        let world = try FollowUpFixtures.backdated(try FollowUpFixtures.world())
        try world.db.addRecommendation(visitId: world.visit.id, text: "公示规章制度", priority: .high,
                                       deadline: LocalDate("2026-11-28"))
        var env = AppEnvironment(db: world.db, clock: testClock)
        var screen = FollowUpsScreen()
        try screen.reload(env: env)
        let area = FieldbookApp.contentArea(in: Size(width: 80, height: 24))
        #expect(screen.handle(.character("e"), area: area, env: &env) == .push(.enterprise(id: world.enterprise.id)))
    }

    @Test func theFollowUpListReadsOnlyAWindowOfALongList() throws {
        let world = try FollowUpFixtures.backdated(try FollowUpFixtures.world(language: .en))
        for index in 0..<300 {
            try world.db.addRecommendation(visitId: world.visit.id, text: "Item \(index)", priority: .low,
                                           deadline: LocalDate("2026-11-28"))
        }
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.followUps])
        #expect(pilot.screenText.contains("overdue 300"))
        #expect(pilot.program.topFollowUps?.page.rows.count ?? 0 < 300)
        pilot.press(.end)
        #expect(pilot.screenText.contains("/ 300"))
        #expect(pilot.program.topFollowUps?.selectedRow != nil)
        #expect(pilot.program.topFollowUps?.selectedRow?.recommendation.text.hasPrefix("Item ") == true)
    }
}

extension Route {
    var isRecommendation: Bool {
        if case .recommendation = self { return true }
        return false
    }
}

extension FieldbookApp {
    /// The follow-up screen when it is on top (for checks on what it holds).
    var topFollowUps: FollowUpsScreen? { topScreen as? FollowUpsScreen }
}
