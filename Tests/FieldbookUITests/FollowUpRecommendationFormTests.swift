import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

@Suite struct FollowUpRecommendationFormTests {
    @Test func aRecommendationFromAnItemIsPrefilledAndSavedWhenTheFieldIsLeft() throws {
        let world = try FollowUpFixtures.world()
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.recommendations(visitId: world.visit.id),
                                                              .newRecommendation(visitId: world.visit.id, itemCode: "LC-01")])
        // Checklist v2: the item's own period (30 days) and the bureau's opinion written out.
        #expect(pilot.screenText.contains("LC-01 自用工之日起一个月内与劳动者订立书面劳动合同"))
        #expect(pilot.screenText.contains("整改期限：30日  依据：《中华人民共和国劳动合同法》第十条"))
        #expect(pilot.screenText.contains("默认：高 7 天，中 15 天，低 30 天"))
        #expect(pilot.screenText.contains("2026-12-29"))  // the visit's date + LC-01's 30 days
        // The prefill alone creates nothing.
        #expect(try world.db.visit(id: world.visit.id)?.recommendations.isEmpty == true)

        pilot.type("（已当场告知企业）")
        pilot.press(.tab)

        let recs = try #require(try world.db.visit(id: world.visit.id)?.recommendations)
        #expect(recs.count == 1)
        let rec = try #require(recs.first)
        #expect(rec.text == "经排查，你单位存在未与劳动者订立书面劳动合同的情况，不符合《中华人民共和国劳动合同法》第十条的规定。"
                + "建议你单位于2026年12月29日前与上述劳动者补订书面劳动合同，并将整改情况及佐证材料报送十堰市人力资源和社会保障局。"
                + "（已当场告知企业）")
        #expect(rec.itemCodes == ["LC-01"])
        #expect(rec.priority == .medium)
        #expect(rec.deadline == LocalDate("2026-12-29"))
        // The screen now stands for the saved record, so a restart returns to it.
        #expect(pilot.program.routes.last == .recommendation(id: rec.id))

        pilot.press(.escape)
        #expect(pilot.program.routes == [.recommendations(visitId: world.visit.id)])
        #expect(pilot.screenText.contains("LC-01"))
        #expect(pilot.screenText.contains("2026-12-29"))
    }

    @Test func changingThePriorityMovesTheDefaultDeadlineUntilOneIsTyped() throws {
        let world = try FollowUpFixtures.world()
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.newRecommendation(visitId: world.visit.id, itemCode: "WG-01")])
        pilot.press(.tab, .left)  // medium → high, saved at once (a choice is an answer)
        var rec = try #require(try world.db.visit(id: world.visit.id)?.recommendations.first)
        #expect(rec.priority == .high)
        #expect(rec.deadline == LocalDate("2026-12-06"))

        pilot.press(.tab, .ctrl("u"))
        pilot.type("20261220")
        pilot.press(.backTab, .left)  // high → low; the typed deadline stays
        rec = try #require(try world.db.recommendation(id: rec.id))
        #expect(rec.priority == .low)
        #expect(rec.deadline == LocalDate("2026-12-20"))
    }

    @Test func anImpossibleDeadlineIsShownInlineAndKeepsWhatWasTyped() throws {
        let world = try FollowUpFixtures.world(language: .en)
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.newRecommendation(visitId: world.visit.id, itemCode: nil)])
        pilot.type("Pay overtime at 150%")
        pilot.press(.tab, .tab, .ctrl("u"))
        pilot.type("20260230")
        pilot.press(.tab)
        #expect(pilot.screenText.contains("There is no such day"))
        #expect(pilot.screenText.contains("2026-02-30"))
        #expect(try world.db.visit(id: world.visit.id)?.recommendations.first?.deadline == LocalDate("2026-12-14"))
        // Esc is refused once with the message on screen; a second Esc leaves without that field.
        pilot.press(.escape)
        #expect(pilot.program.routes.count == 1)
        pilot.press(.escape)  // the only screen: leaving it asks before quitting
        #expect(pilot.screenText.contains("Quit Fieldbook?"))
        pilot.press(.character("q"))
        #expect(pilot.hasQuit)
    }

    @Test func escapeSavesTheFieldBeingTyped() throws {
        let world = try FollowUpFixtures.world()
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.recommendations(visitId: world.visit.id)])
        pilot.press(.character("n"))
        #expect(pilot.program.routes.last == .newRecommendation(visitId: world.visit.id, itemCode: nil))
        pilot.type("规章制度未经民主程序")
        pilot.press(.escape)
        #expect(pilot.program.routes == [.recommendations(visitId: world.visit.id)])
        let recs = try #require(try world.db.visit(id: world.visit.id)?.recommendations)
        #expect(recs.map(\.text) == ["规章制度未经民主程序"])
        // The list was empty before; its first row is now selected and the status keys act on it.
        pilot.press(.character("r"))
        #expect(try world.db.recommendation(id: recs[0].id)?.status == .open)  // asks first
        pilot.press(.enter)
        #expect(try world.db.recommendation(id: recs[0].id)?.status == .rectified)
    }

    @Test func anEmptyRecommendationIsNotCreatedAndCtrlSExplains() throws {
        let world = try FollowUpFixtures.world(language: .en)
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.newRecommendation(visitId: world.visit.id, itemCode: nil)])
        pilot.press(.ctrl("s"))
        #expect(pilot.screenText.contains("Please write the recommendation"))
        pilot.press(.escape)
        #expect(try world.db.visit(id: world.visit.id)?.recommendations.isEmpty == true)
    }

    @Test func aCompletedVisitsRecommendationIsReadOnlyButItsStatusMoves() throws {
        let world = try FollowUpFixtures.world()
        let rec = try world.db.addRecommendation(visitId: world.visit.id, itemCodes: ["WG-01"], text: "按最低工资标准补足差额",
                                                 priority: .high)
        try world.db.completeVisit(id: world.visit.id)
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.recommendation(id: rec.id)])
        #expect(pilot.screenText.contains("走访已完成，内容不可修改"))
        pilot.type("x")  // nothing to type into
        #expect(try world.db.recommendation(id: rec.id)?.text == "按最低工资标准补足差额")
        pilot.press(.right)
        // → asks first, naming the change and the date it stamps.
        #expect(pilot.flatText.contains("从“待整改”改为“已整改”"))
        #expect(pilot.flatText.contains("2026-11-29。"))  // the date it stamps (wrapped in the dialog)
        #expect(try world.db.recommendation(id: rec.id)?.status == .open)
        pilot.press(.enter)
        var stored = try #require(try world.db.recommendation(id: rec.id))
        #expect(stored.status == .rectified)
        #expect(stored.rectifiedOn == LocalDate("2026-11-29"))
        #expect(pilot.screenText.contains("2026-11-29 已整改"))
        pilot.press(.right)
        #expect(pilot.flatText.contains("销号后即结案"))
        pilot.press(.escape)  // cancelled: nothing changes
        #expect(try world.db.recommendation(id: rec.id)?.status == .rectified)
        pilot.press(.right)
        pilot.type("复查工资表，差额已补发")
        pilot.press(.enter)
        stored = try #require(try world.db.recommendation(id: rec.id))
        #expect(stored.status == .closed)
        #expect(stored.verifiedOn == LocalDate("2026-11-29"))
        #expect(pilot.screenText.contains("2026-11-29 已复查销号"))
        // A mistaken closing is taken back with a reason (audited), not refused.
        pilot.press(.left)
        #expect(pilot.flatText.contains("从“已复查销号”退回“已整改”"))
        pilot.press(.enter)  // no reason: refused in words, nothing changes
        #expect(pilot.screenText.contains("必须填写原因"))
        #expect(try world.db.recommendation(id: rec.id)?.status == .closed)
        pilot.type("误按核验，企业尚未提交材料")
        pilot.press(.enter)
        stored = try #require(try world.db.recommendation(id: rec.id))
        #expect(stored.status == .rectified)
        #expect(stored.verifiedOn == nil)
        #expect(stored.revision > rec.revision)
        let trail = try world.db.auditTrail(recordId: rec.id)
        #expect(trail.contains { $0.field == "statusRevertReason" && $0.newValue == "误按核验，企业尚未提交材料" })
        #expect(pilot.screenText.contains("状态已退回：已整改"))
    }

    @Test func theFormTakesChineseInputWithTheCursorAfterTheWideGlyphs() throws {
        let world = try FollowUpFixtures.world()
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.newRecommendation(visitId: world.visit.id, itemCode: nil)])
        pilot.type("补签")
        let layout = RecommendationScreen.Layout(area: FieldbookApp.contentArea(in: pilot.size),
                                                 env: AppEnvironment(db: world.db, clock: testClock))
        #expect(pilot.cursor == Point(x: layout.text.x + 4, y: layout.text.y))
    }
}

@Suite struct FollowUpFromChecklistTests {
    @Test func aNonCompliantItemOfTheChecklistLeadsToAPrefilledRecommendationAndBack() throws {
        let world = try FollowUpFixtures.world()
        var pilot = FollowUpFixtures.pilot(world.db, routes: [.checklist(visitId: world.visit.id)], size: Size(width: 120, height: 40))
        pilot.press(.character("r"))  // LC-01, the first item, is non-compliant
        #expect(pilot.program.routes.last == .newRecommendation(visitId: world.visit.id, itemCode: "LC-01"))
        pilot.type("限期补签")
        pilot.press(.escape)
        #expect(pilot.program.routes == [.checklist(visitId: world.visit.id)])
        let rec = try #require(try world.db.visit(id: world.visit.id)?.recommendations.first)
        #expect(rec.itemCodes == ["LC-01"])
        #expect(rec.text.hasPrefix("经排查，你单位存在未与劳动者订立书面劳动合同的情况"))
        #expect(rec.text.hasSuffix("限期补签"))

        pilot.press(.function(6))  // the visit's recommendations
        #expect(pilot.program.routes.last == .recommendations(visitId: world.visit.id))
        #expect(pilot.screenText.contains("LC-01"))
    }
}
