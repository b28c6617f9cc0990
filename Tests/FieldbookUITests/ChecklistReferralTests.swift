import Foundation
import Testing
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// Referring a hazard found with a checklist item to another authority (issue 15 item 2's
/// referral field), as the inspector does it: `t` on the item, the authority with ←/→, a note,
/// Enter — at three sizes in both languages, with what is typed surviving Ctrl-Q, F2, Esc and a
/// kill, and refused on a completed visit.
@Suite struct ChecklistReferralTests {
    static let sizes = [Size(width: 60, height: 16), Size(width: 80, height: 24), Size(width: 120, height: 40)]

    static func answer(_ db: AppDatabase, _ visit: SiteVisit, _ code: String = "LC-01") throws -> Answer? {
        try db.visit(id: visit.id)?.answers[code]
    }

    /// The status bar (the last row).
    static func statusBar(_ pilot: Pilot<FieldbookApp>) -> String { pilot.lines.last ?? "" }

    @Test(arguments: sizes, [Language.zh, .en])
    func aFindingIsReferredChangedAndCleared(size: Size, language: Language) throws {
        let db = try VisitFixtures.database(language: language)
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)], size: size)
        defer { session.remove() }
        let zh = language == .zh
        pilot.press(.character("n"))
        // The finding's hint names the key.
        #expect(Self.statusBar(pilot).contains(zh ? "t 移送" : "t refer"))
        pilot.press(.character("t"))
        #expect(pilot.screenText.contains(zh ? "移送至：‹ 不移送 ›" : "Refer to: ‹ no referral ›"))
        #expect(Self.statusBar(pilot).contains(zh ? "←/→ 部门" : "←/→ authority"))
        #expect(Self.statusBar(pilot).contains(zh ? "Esc 返回" : "Esc back"))
        pilot.press(.right)
        #expect(pilot.screenText.contains(zh ? "‹ 卫生健康主管部门（职业病危害） ›" : "‹ health authority (occupational disease) ›"))
        pilot.type("搅拌站粉尘无防护")
        #expect(pilot.screenText.contains("搅拌站粉尘无防护"))
        #expect(try Self.answer(db, visit)?.referredTo == nil)  // nothing stored while typing
        pilot.press(.enter)
        var answer = try #require(try Self.answer(db, visit))
        #expect(answer.value == .nonCompliant)
        #expect(answer.referredTo == .health)
        #expect(answer.referralNote == "搅拌站粉尘无防护")
        let revision = answer.revision
        #expect(try db.auditTrail(recordId: answer.id).contains { $0.field == "referredTo" && $0.newValue == "health" })
        // On the row and in the panel.
        #expect(pilot.lines.contains { $0.contains("LC-01") && $0.contains("➜") })
        #expect(pilot.screenText.contains(zh ? "已移送：卫生健康主管部门" : "Referred to health authority"))

        // Change it: the editor opens on the note; Tab to the authority, → to emergency management.
        pilot.press(.character("t"))
        #expect(pilot.screenText.contains("搅拌站粉尘无防护"))
        pilot.type("，已告知企业")
        pilot.press(.tab, .right)
        pilot.press(.enter)
        answer = try #require(try Self.answer(db, visit))
        #expect(answer.referredTo == .emergencyManagement)
        #expect(answer.referralNote == "搅拌站粉尘无防护，已告知企业")
        #expect(answer.revision == revision + 1)

        // Clear it: no authority and no note.
        pilot.press(.character("t"), .tab, .delete, .tab, .ctrl("u"), .enter)
        answer = try #require(try Self.answer(db, visit))
        #expect(answer.referredTo == nil)
        #expect(answer.referralNote == nil)
        #expect(!pilot.lines.contains { $0.contains("LC-01") && $0.contains("➜") })
        #expect(pilot.program.draft(for: .checklist(visitId: visit.id)) == nil)
    }

    @Test(arguments: sizes, [Language.zh, .en])
    func ctrlQMidNoteThenRestartRestoresTheReferral(size: Size, language: Language) throws {
        let db = try VisitFixtures.database(language: language)
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)], size: size)
        defer { session.remove() }
        pilot.press(.down, .down, .character("n"), .character("t"), .right, .right)
        pilot.type("配电箱无防护")
        pilot.press(.ctrl("q"))
        #expect(pilot.hasQuit)
        #expect(try Self.answer(db, visit, "LC-04")?.referredTo == nil)

        var again = makePilot(db: db, size: size, session: session.store)
        #expect(again.program.routes.last == .checklist(visitId: visit.id))
        #expect(again.screenText.contains("配电箱无防护"))
        #expect(again.screenText.contains(language == .zh ? "‹ 应急管理部门（安全生产） ›" : "‹ emergency management (work safety) ›"))
        // The cursor is in the note, after the text: typing goes on where it stopped.
        again.type("、灭火器过期")
        again.press(.enter)
        let answer = try #require(try Self.answer(db, visit, "LC-04"))
        #expect(answer.referredTo == .emergencyManagement)
        #expect(answer.referralNote == "配电箱无防护、灭火器过期")
    }

    /// A kill (no Ctrl-Q: the drafts file is written at every key), F2 and a resize mid-note.
    @Test(arguments: [Language.zh, .en])
    func aKillALanguageSwitchAndAResizeKeepTheNote(language: Language) throws {
        let db = try VisitFixtures.database(language: language)
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)])
        defer { session.remove() }
        pilot.press(.character("t"), .right, .right, .right)
        pilot.type("消防通道堵塞")
        pilot.press(.function(2))
        #expect(pilot.screenText.contains("消防通道堵塞"))
        #expect(pilot.screenText.contains(language == .zh ? "‹ another authority ›" : "‹ 其他主管部门 ›"))
        pilot.resize(to: Size(width: 60, height: 16))
        pilot.type("，移送消防")
        // Killed here: a new app on the same files.
        var again = makePilot(db: db, size: Size(width: 120, height: 40), session: session.store)
        #expect(again.screenText.contains("消防通道堵塞，移送消防"))
        again.press(.enter)
        let answer = try #require(try Self.answer(db, visit))
        #expect(answer.referredTo == .other)
        #expect(answer.referralNote == "消防通道堵塞，移送消防")
    }

    /// 其他主管部门 must say which; a note with no authority is not dropped. Enter refuses with the
    /// reason and keeps the editor; Esc says it once, and a second Esc leaves the checklist with
    /// the referral kept as its draft.
    @Test(arguments: [Language.zh, .en])
    func whatCannotBeSavedIsRefusedAndKept(language: Language) throws {
        let db = try VisitFixtures.database(language: language)
        let visit = try VisitFixtures.draft(db)
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)])
        defer { session.remove() }
        let zh = language == .zh
        pilot.press(.character("t"), .left)  // ← from 不移送 wraps to 其他主管部门
        pilot.press(.enter)
        #expect(pilot.screenText.contains(zh ? "请在说明中写明部门名称" : "name it in the note"))
        pilot.press(.enter)  // closes the message; the editor is still open
        #expect(pilot.screenText.contains(zh ? "‹ 其他主管部门 ›" : "‹ another authority ›"))
        pilot.press(.left, .left, .left)  // back to 不移送
        pilot.type("仓库漏电")
        pilot.press(.escape)
        #expect(Self.statusBar(pilot).contains(zh ? "再按 Esc 离开" : "Esc again leaves, kept as a draft"))
        #expect(pilot.program.routes.last == .checklist(visitId: visit.id))
        pilot.press(.escape)
        #expect(pilot.program.routes.last == .visit(id: visit.id) || pilot.program.routes.last == .dashboard)
        #expect(try Self.answer(db, visit)?.referredTo == nil)
        pilot.press(.function(5))
        #expect(pilot.program.routes.last == .checklist(visitId: visit.id))
        #expect(pilot.screenText.contains("仓库漏电"))
        pilot.press(.backTab, .left, .enter)  // back to the authority: 其他主管部门, with the note
        #expect(try Self.answer(db, visit)?.referredTo == .other)
        #expect(try Self.answer(db, visit)?.referralNote == "仓库漏电")
    }

    @Test(arguments: [Language.zh, .en])
    func aCompletedVisitRefusesWithAPlainMessage(language: Language) throws {
        let db = try VisitFixtures.database(language: language)
        let visit = try VisitFixtures.draft(db)
        try db.setAnswer(visitId: visit.id, itemCode: "LC-01", value: .nonCompliant)
        try db.setReferral(visitId: visit.id, itemCode: "LC-01", to: .health, note: "粉尘")
        try db.completeVisit(id: visit.id, acceptingGaps: ["checklist"])
        var (pilot, session) = try makeVisitPilot(db: db, routes: [.checklist(visitId: visit.id)])
        defer { session.remove() }
        #expect(pilot.screenText.contains(language == .zh ? "已移送：卫生健康主管部门" : "Referred to health authority"))
        pilot.press(.character("t"))
        #expect(Self.statusBar(pilot).contains(language == .zh ? "本次走访已完成并锁定" : "This visit is completed and locked"))
        #expect(!pilot.screenText.contains(language == .zh ? "移送至：" : "Refer to:"))
        #expect(try Self.answer(db, visit)?.referredTo == .health)
        #expect(throws: (any Error).self) { try db.setReferral(visitId: visit.id, itemCode: "LC-01", to: nil, note: "") }
    }
}
