import Foundation
import Testing
import FieldbookCore
import FieldbookUI
import TerminalHarness

/// Issue 4 (b): kill -9 in the middle of a form; after a restart the draft is intact and the
/// inspector is back on it. The form is the recommendation form; what was saved when its text
/// field was left survives, and (issue 12) the text typed since then is back as the form's draft.
@Suite
struct DraftRecoveryTests {
    @Test func aKilledFormComesBackWithEverythingSaved() async throws {
        let laptop = try Laptop()
        let visitId = try laptop.prepareDraftVisit()
        laptop.saveSession([.dashboard, .recommendations(visitId: visitId),
                            .newRecommendation(visitId: visitId, itemCode: "LC-01")])

        let first = try laptop.openInterface()
        defer { first.kill() }
        try await first.waitFor("依据：《中华人民共和国劳动合同法》第十条")
        try first.type("限期补签合同")
        try first.press("Tab")  // leaving the text field saves: the record now exists
        try await first.waitFor("‹ 待整改 ›")
        try first.press("BTab")
        try first.type("并补发二倍工资")  // still in the field when the process dies
        try await first.waitFor("并补发二倍工资")
        try await first.killHard()

        let db = try laptop.database()
        let recs = try #require(try db.visit(id: visitId)?.recommendations)
        #expect(recs.count == 1)
        let rec = try #require(recs.first)
        // The bureau's opinion the form prefills (checklist v2: LC-01's 30 days), then what was typed.
        let visit = try #require(try db.visit(id: visitId)?.visit)
        #expect(rec.text == Laptop.lc01Prefill(visitDate: visit.date) + "限期补签合同")
        #expect(rec.itemCodes == ["LC-01"])
        #expect(laptop.savedSession.last == .recommendation(id: rec.id))
        try db.close()

        let second = try laptop.openInterface()
        defer { second.kill() }
        // Back on the same record (its status shows: not a new, unsaved form), the text typed
        // before the kill on top of what was saved, not yet saved itself.
        let screen = try await second.waitFor("并补发二倍工资")
        #expect(screen.contains("‹ 待整改 ›"))
        #expect(screen.contains("限期补签合同"))
        #expect(!screen.contains("新建意见建议"))
        // And the work goes on: what is typed now is saved too.
        try second.type("，逾期处理")
        try second.press("Tab")
        try await second.waitFor("‹ 待整改 ›")
        try await second.quit()
        let reopened = try laptop.database()
        #expect(try reopened.recommendation(id: rec.id)?.text.hasSuffix("限期补签合同并补发二倍工资，逾期处理") == true)
    }
}
