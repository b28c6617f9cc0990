import Foundation
import Testing
import FieldbookCore
import FieldbookUI
import TerminalHarness

/// Issue 4 (a): an empty database → first-run setup → the registry and checklist imported →
/// an enterprise found by pinyin initials → a visit of another type → checklist answers, some
/// non-compliant, and a note → a recommendation typed in Chinese (literal input) with a typed
/// deadline → review → complete; then the database holds exactly what was typed. Every step uses
/// the keys the screens' status bars show.
@Suite
struct InspectorDayTests {
    static let typedRecommendation = "限期三十日内与全部职工补签书面劳动合同，逾期未改正的依法支付二倍工资。"
    static let typedNote = "抽查10份合同，2份未签"

    /// A deadline 45 days from now, as the inspector would type it.
    static var typedDeadline: String {
        let day = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date().addingTimeInterval(45 * 86_400))
        return String(format: "%04d-%02d-%02d", day.year!, day.month!, day.day!)
    }

    @Test func theFirstDayFromAnEmptyDatabaseToACompletedVisit() async throws {
        let laptop = try Laptop()

        // First run: no inspector yet, so the setup form instead of an error.
        let setup = try laptop.openInterface(width: 100, height: 30)
        defer { setup.kill() }
        // The harness runs with LC_ALL=C.UTF-8, so the form opens in English; its language
        // choice defaults to 中文, so everything after setup is in Chinese.
        try await setup.waitFor("First run")
        try setup.type("李娜")
        try setup.press("C-s")
        try await setup.waitFor("李娜")
        try await setup.waitForAbsence(of: "First run")
        try await setup.quit()

        // The registry and the checklist arrive through the CLI, as from headquarters.
        #expect(try laptop.run(["import", "enterprises", Laptop.sample("enterprises.csv")]).status == 0)
        #expect(try laptop.run(["import", "checklist", Laptop.sample("checklists/employment-risk.v2.json")]).status == 0)

        let day = try laptop.openInterface(width: 100, height: 30)
        defer { day.kill() }
        try await day.waitFor("李娜")
        try day.press("e")                      // dashboard → enterprises (search has focus)
        try day.type("syxt")                    // 十堰鑫泰… by pinyin initials
        try await day.waitFor("十堰鑫泰汽车零部件有限公司")
        try day.press("Enter")                  // open the enterprise
        try await day.waitFor("91420303MA48K2T787")
        try day.press("v")                      // start a visit here
        try await day.waitFor("用工风险排查")     // the type a visit starts with
        try day.press("BTab", "Right")          // the form opens on the start time; back to the type: the next type
        try await day.waitFor("走访类型  约谈")
        try day.press("F5")                     // the visit's checklist
        try await day.waitFor("自用工之日起一个月内与劳动者订立书面劳动合同")
        try day.press("n")                      // LC-01 non-compliant: the item stays focused
        try await day.waitFor("LC-01 不符合")
        try day.press("Down")
        try day.press("y")
        try day.press("y")
        try day.press("n")
        try await day.waitFor("已查 4/62")
        // Home as tmux sends it (ESC [1~, not the terminfo entry's ESC OH): back to LC-01.
        try day.press("Home")
        try await day.waitFor("▸✗ LC-01")
        try day.press("e")                      // a note on LC-01
        try day.type(Self.typedNote)
        try day.press("Enter")
        try await day.waitFor("备注：" + Self.typedNote)
        try day.press("r")                      // a recommendation from the focused item
        try await day.waitFor("依据：《中华人民共和国劳动合同法》第十条")
        try day.type(Self.typedRecommendation)
        try day.press("Tab")                    // leaving the text saves it; focus on the priority
        try await day.waitFor("‹ 待整改 ›")
        try day.press("Tab", "C-u")             // the deadline: clear the default, type another
        try day.type(Self.typedDeadline)
        try await day.waitFor(Self.typedDeadline)
        try day.press("Tab")                    // leaving the deadline saves it
        try await day.waitUntil("the typed deadline stored") { _ in
            (try? self.storedDeadline(laptop)) == Self.typedDeadline
        }
        try day.press("Escape")
        try await day.waitFor("⚑")              // back on the checklist, LC-01 flagged
        try day.press("F7")                     // review
        try await day.waitFor("尚缺内容")
        try day.press("c")                      // complete: items are unchecked, so a confirm first
        try await day.waitFor("仍有内容未完成")
        try day.press("Left", "Enter")          // "仍然锁定并记录缺项": chosen, not the default
        try await day.waitFor("已于")
        try await day.quit()

        // The database holds exactly what was typed.
        let db = try laptop.database()
        defer { try? db.close() }
        #expect(try db.currentInspector()?.name == "李娜")
        let visit = try #require(try db.visits(limit: 5).rows.first)
        let detail = try #require(try db.visit(id: visit.id))
        #expect(detail.enterprise.creditCode == "91420303MA48K2T787")
        #expect(detail.visit.status == .completed)
        #expect(detail.visit.type == .summons)
        #expect(detail.answers["LC-01"]?.value == .nonCompliant)
        #expect(detail.answers["LC-01"]?.note == Self.typedNote)
        #expect(detail.answers.values.filter { $0.value == .nonCompliant }.count == 2)
        #expect(detail.answers.values.filter { $0.value == .compliant }.count == 2)
        let rec = try #require(detail.recommendations.first)
        #expect(detail.recommendations.count == 1)
        #expect(rec.itemCodes == ["LC-01"])
        #expect(rec.text == Laptop.lc01Prefill(visitDate: detail.visit.date) + Self.typedRecommendation)
        #expect(rec.deadline?.description == Self.typedDeadline)
    }

    private func storedDeadline(_ laptop: Laptop) throws -> String? {
        let db = try laptop.database()
        defer { try? db.close() }
        return try db.reader.read { try String.fetchOne($0, sql: "SELECT deadline FROM recommendation LIMIT 1") }
    }

    private func answerCount(_ laptop: Laptop) throws -> Int {
        let db = try laptop.database()
        defer { try? db.close() }
        return try db.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM answer WHERE value != 'unanswered'") ?? 0 }
    }
}
