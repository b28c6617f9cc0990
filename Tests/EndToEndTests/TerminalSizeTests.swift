import Foundation
import Testing
import FieldbookCore
import FieldbookUI
import TerminalHarness

/// Issue 4 (d): 80×24 is fully usable; a smaller terminal says so clearly and the interface
/// comes back when the window grows again.
@Suite
struct TerminalSizeTests {
    @Test func eightyByTwentyFourShowsEveryPartAndTheKeysWork() async throws {
        let laptop = try Laptop()
        let visitId = try laptop.prepareDraftVisit()
        laptop.saveSession([.dashboard, .recommendations(visitId: visitId)])
        let session = try laptop.openInterface(width: 80, height: 24)
        defer { session.kill() }
        var screen = try await session.waitFor("本次走访尚无意见建议")
        #expect(screen.lines[0].contains("王建国"))
        #expect(screen.lines[23].contains("n 新建"))
        #expect(screen.lines[23].contains("Ctrl-Q 退出"))
        try session.press("n")
        try await session.waitFor("整改期限")
        try session.type("公示规章制度")
        try session.press("Escape")
        // Wait for the list before the next key: a key right after Esc would read as Alt-key.
        screen = try await session.waitFor("1–1 / 1")
        #expect(screen.contains("待整改"))
        try session.press("r")
        try await session.waitFor("确认更改整改状态")   // asks first (issue 12)
        try session.press("Enter")
        try await session.waitFor("状态已改为：已整改")
        try await session.quit()
        let db = try laptop.database()
        let rec = try #require(try db.visit(id: visitId)?.recommendations.first)
        #expect(rec.text == "公示规章制度")
        #expect(rec.status == .rectified)
    }

    @Test func aSmallerTerminalShowsTheMessageAndRecovers() async throws {
        let laptop = try Laptop()
        let visitId = try laptop.prepareDraftVisit()
        laptop.saveSession([.dashboard, .recommendations(visitId: visitId)])
        let session = try laptop.openInterface(width: 80, height: 24)
        defer { session.kill() }
        try await session.waitFor("本次走访尚无意见建议")
        try session.resize(width: 50, height: 12)
        let small = try await session.waitUntil("the too-small message") { $0.contains("终端窗口太小") || $0.contains("too small") }
        #expect(!small.contains("本次走访尚无意见建议"))
        try session.resize(width: 80, height: 24)
        try await session.waitFor("本次走访尚无意见建议")
        try await session.quit()
    }
}
