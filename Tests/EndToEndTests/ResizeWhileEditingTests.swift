import Foundation
import Testing
import FieldbookCore
import FieldbookUI
import TerminalHarness

/// Issue 4 (c): resizing the terminal in the middle of a form and of the checklist keeps what
/// is being typed, redraws at the new size, and goes on saving.
@Suite
struct ResizeWhileEditingTests {
    @Test func resizingInTheMiddleOfTheRecommendationForm() async throws {
        let laptop = try Laptop()
        let visitId = try laptop.prepareDraftVisit()
        laptop.saveSession([.recommendations(visitId: visitId), .newRecommendation(visitId: visitId, itemCode: nil)])
        let session = try laptop.openInterface(width: 80, height: 24)
        defer { session.kill() }
        try await session.waitFor("整改期限")
        try session.type("建立考勤")
        try session.resize(width: 120, height: 40)
        try await session.waitUntil("the form at 120×40") { $0.lines.count == 40 && $0.contains("建立考勤") && $0.lines[39].contains("Ctrl-S") }
        try session.type("制度")
        try session.resize(width: 80, height: 24)
        try await session.waitUntil("the form at 80×24") { $0.lines.count == 24 && $0.contains("建立考勤制度") && $0.lines[23].contains("Ctrl-S") }
        try session.type("并保存两年")
        try session.press("Tab")
        try await session.waitFor("‹ 待整改 ›")
        try await session.quit()
        let db = try laptop.database()
        #expect(try db.visit(id: visitId)?.recommendations.map(\.text) == ["建立考勤制度并保存两年"])
    }

    @Test
    func resizingInTheMiddleOfTheChecklist() async throws {
        let laptop = try Laptop()
        let visitId = try laptop.prepareDraftVisit()
        laptop.saveSession([.dashboard, .checklist(visitId: visitId)])
        let session = try laptop.openInterface(width: 120, height: 40)
        defer { session.kill() }
        try await session.waitFor("自用工之日起一个月内与劳动者订立书面劳动合同")
        try session.resize(width: 80, height: 24)
        try await session.waitUntil("the checklist at 80×24") { $0.lines.count == 24 && $0.contains("一个月内与劳动者订立") }
        try session.resize(width: 100, height: 30)
        try await session.waitUntil("the checklist at 100×30") { $0.lines.count == 30 && $0.contains("一个月内与劳动者订立") }
        try await session.quit()
        // Nothing was lost or changed by the resizes: LC-01 is still the one non-compliant answer.
        let db = try laptop.database()
        let answers = try #require(try db.visit(id: visitId)?.answers)
        #expect(answers.mapValues(\.value) == ["LC-01": .nonCompliant])
    }
}
