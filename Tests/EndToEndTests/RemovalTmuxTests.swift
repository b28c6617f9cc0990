import Foundation
import Testing
import FieldbookCore
import FieldbookUI
import TerminalHarness

/// Issue 12, point 4, with the real binary in tmux: Del deletes a draft recommendation after a
/// confirmation (Enter alone keeps it), and voids a completed visit with a reason that survives
/// Ctrl-Q while it is being typed.
@Suite(.serialized)
struct RemovalTmuxTests {
    @Test func deleteADraftRecommendationThenVoidTheCompletedVisit() async throws {
        let laptop = try Laptop()
        let visitId = try laptop.prepareDraftVisit()
        let recId: String
        do {
            let db = try laptop.database()
            recId = try db.addRecommendation(visitId: visitId, itemCodes: ["LC-01"], text: "补签劳动合同", priority: .high).id
            try db.close()
        }
        laptop.saveSession([.dashboard, .recommendations(visitId: visitId)])
        let first = try laptop.openInterface(width: 80, height: 24)
        defer { first.kill() }
        try await first.waitFor("Del 删除")
        try first.press("DC")                        // Delete
        try await first.waitFor("删除意见建议")
        try first.press("Enter")                     // the default keeps it
        try await first.waitForAbsence(of: "删除意见建议")
        try first.press("DC")
        try await first.waitFor("删除意见建议")
        try first.press("Left", "Enter")
        try await first.waitFor("本次走访尚无意见建议")       // the list, not the 3-second notice
        // Complete the visit (with its gaps, chosen explicitly), then void it from the review.
        try first.press("F7")
        try await first.waitFor("完成")
        try first.press("c")
        try await first.waitFor("返回补全")
        try first.press("Left", "Enter")
        try await first.waitFor("Del 作废")
        try first.press("DC")
        try await first.waitFor("作废走访")
        try first.type("企业选")
        try await first.waitFor("企业选")
        try await first.quit()                       // Ctrl-Q mid-reason

        let second = try laptop.openInterface(width: 60, height: 16)
        defer { second.kill() }
        try await second.waitFor("企业选")
        try second.type("错了")
        try second.press("Enter")
        try await second.waitFor("已作废：企业选错了")
        try await second.quit()
        let db = try laptop.database()
        #expect(try db.recommendation(id: recId) == nil)
        let visit = try #require(try db.visit(id: visitId)?.visit)
        #expect(visit.status == .completed)
        #expect(visit.voidReason == "企业选错了")
        try db.close()
    }
}
