import Foundation
import Testing
import FieldbookCore
import FieldbookUI
import TerminalHarness

/// Issue 12, points 1 and 3, with the real binary in tmux: text being typed survives every way
/// out of the program (Ctrl-Q, Ctrl-C, SIGTERM, SIGHUP) and a language switch, and comes back
/// in its field; leaving the program, closing a recommendation and locking a visit with gaps
/// never happen on one key.
@Suite(.serialized)
struct TypedInputTests {
    /// Tabs from where the form opens (the start time, its first empty field) to 接待人员.
    static let tabsToPersonsMet = Array(repeating: "Tab", count: 3)

    enum Ending: String, CaseIterable { case ctrlQ, ctrlC, sigterm, sighup }

    @Test func everyWayOutKeepsTheTextBeingTyped() async throws {
        for ending in Ending.allCases {
            let laptop = try Laptop()
            let visitId = try laptop.prepareDraftVisit()
            laptop.saveSession([.dashboard, .visit(id: visitId)])
            let typed = "刘经理\(ending.rawValue)"

            let first = try laptop.openInterface(width: 80, height: 24)
            defer { first.kill() }
            try await first.waitFor("接待人员")
            for key in Self.tabsToPersonsMet { try first.press(key) }
            try first.type(typed)
            try await first.waitFor(typed)
            switch ending {
            case .ctrlQ: try await first.end(pressing: "C-q")
            case .ctrlC: try await first.end(pressing: "C-c")
            case .sigterm: try await first.end(with: SIGTERM)
            case .sighup: try await first.end(with: SIGHUP)
            }
            // The field was not left, so the visit does not hold it yet; the draft does.
            do {
                let db = try laptop.database()
                #expect(try db.visit(id: visitId)?.visit.personsMet == "", "\(ending)")
                try db.writer.close()
            }

            let second = try laptop.openInterface(width: 60, height: 16)
            defer { second.kill() }
            try await second.waitFor(typed)
            try second.type("等")  // the cursor is in the field, after the text
            try await second.waitFor(typed + "等")
            try second.press("Tab")
            try await second.quit()
            let db = try laptop.database()
            #expect(try db.visit(id: visitId)?.visit.personsMet == typed + "等", "\(ending)")
            try db.writer.close()
        }
    }

    @Test func f2AndEscMidFormKeepTheText() async throws {
        let laptop = try Laptop()
        let visitId = try laptop.prepareDraftVisit()
        laptop.saveSession([.dashboard, .checklist(visitId: visitId)])
        let session = try laptop.openInterface(width: 80, height: 24)
        defer { session.kill() }
        try await session.waitFor("已查 1/")
        try session.press("Down", "e")             // the note of LC-03
        try await session.waitFor("备注 · LC-03")
        try session.type("台账缺页")
        try session.press("F2")
        try await session.waitFor("Note · LC-03")   // English now, the note still open with its text
        try await session.waitFor("台账缺页")
        try session.type("x3")
        try session.press("F2")
        try await session.waitFor("台账缺页x3")
        try session.press("Escape")                 // Esc saves the note
        try await session.waitFor("备注：台账缺页x3")
        try await session.quit()
        let db = try laptop.database()
        #expect(try db.visit(id: visitId)?.answers["LC-03"]?.note == "台账缺页x3")
    }

    @Test func leavingFromTheDashboardAsksAndEscNeverQuits() async throws {
        let laptop = try Laptop()
        _ = try laptop.prepareDraftVisit()
        laptop.saveSession([.dashboard])
        let session = try laptop.openInterface(width: 80, height: 24)
        defer { session.kill() }
        try await session.waitFor("工作台")
        for _ in 0..<3 {
            try session.press("Escape")
            try await session.waitFor("退出 Fieldbook？")
            try session.press("Escape")
            try await session.waitForAbsence(of: "退出 Fieldbook？")
        }
        try session.press("q")
        try await session.waitFor("退出 Fieldbook？")
        try session.press("Enter")                  // the default is to stay
        try await session.waitForAbsence(of: "退出 Fieldbook？")
        #expect(try !session.state().isDead)
        try await session.end(pressing: "q", "q")
    }

    @Test func verifyingARecommendationAndLockingWithGapsAreNeverOneKey() async throws {
        let laptop = try Laptop()
        let visitId = try laptop.prepareDraftVisit()
        let rec: Recommendation
        do {
            let db = try laptop.database()
            rec = try db.addRecommendation(visitId: visitId, itemCodes: ["LC-01"], text: "限期补签劳动合同", priority: .high)
            try db.writer.close()
        }
        laptop.saveSession([.dashboard, .recommendations(visitId: visitId)])
        let session = try laptop.openInterface(width: 80, height: 24)
        defer { session.kill() }
        try await session.waitFor("限期补签劳动合同")
        try session.press("v")
        try await session.waitFor("确认更改整改状态")
        try session.press("Escape")
        try await session.waitForAbsence(of: "确认更改整改状态")
        try session.press("v")
        try await session.waitFor("确认更改整改状态")
        try session.press("Enter")
        try await session.waitFor("复查销号须有整改佐证")
        try session.type("现场核实")
        try session.press("Enter")
        try await session.waitFor("状态已改为：已复查销号")
        // Taken back with a reason.
        try session.press("u")
        try await session.waitFor("撤销状态更改")
        try session.type("误按")
        try session.press("Enter")
        try await session.waitFor("状态已退回：已整改")

        // Review: 38 items unanswered. Enter in the gaps dialog goes back; locking is chosen.
        try session.press("F7")
        try await session.waitFor("尚缺内容")
        try session.press("c")
        try await session.waitFor("返回补全")
        try session.press("Enter")
        try await session.waitForAbsence(of: "返回补全")
        try session.press("c")
        try await session.waitFor("返回补全")
        try session.press("Left", "Enter")
        try await session.waitFor("缺项已记入走访记录")
        try await session.quit()

        let db = try laptop.database()
        #expect(try db.recommendation(id: rec.id)?.status == .rectified)
        #expect(try db.auditTrail(recordId: rec.id).contains { $0.field == "statusRevertReason" && $0.newValue == "误按" })
        #expect(try db.visit(id: visitId)?.visit.status == .completed)
        #expect(try db.auditTrail(recordId: visitId).contains { $0.field == "completedWithGaps" })
    }
}
