import Foundation
import GRDB
import Testing
@testable import FieldbookCore

/// Issue 12, point 4 (store): drafts never exported are deleted (tombstones, audited); completed
/// or exported records are voided with a reason (audited, revision stamped), count nowhere and are
/// never edited again. Point 5: the store refuses a deadline before the visit date.
@Suite("Deleting drafts and voiding records")
struct RemovalTests {
    /// Everything changed so far counts as exported (what recording a bundle does).
    func export(_ db: AppDatabase) throws {
        let through = try db.changes(after: try db.exportCursor().lastChangeSeq).through
        try db.advanceExportCursor(through: through, bundleId: RecordID.make(), bundleSequence: 1)
    }

    @Test("A draft never exported is deleted with its answers and recommendations; once exported it must be voided")
    func deleteOnlyNeverExportedDrafts() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        let kept = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        try export(db)
        let fresh = try db.startVisit(enterpriseId: e.id, type: .summons)
        try db.setAnswer(visitId: fresh.id, itemCode: "LC-01", value: .nonCompliant)
        try db.addRecommendation(visitId: fresh.id, itemCodes: ["LC-01"], text: "补签劳动合同", priority: .high)

        #expect(try db.removal(ofVisit: fresh.id) == .delete)
        #expect(try db.removal(ofVisit: kept.id) == .void)
        #expect(throws: CoreError.voidInsteadOfDelete(Bilingual(zh: "走访记录", en: "visit"), exported: true)) {
            try db.deleteVisit(id: kept.id)
        }
        try db.deleteVisit(id: fresh.id)
        #expect(try db.visit(id: fresh.id) == nil)
        #expect(try db.visit(id: kept.id) != nil)
        let stones = try db.reader.read { try Tombstone.fetchAll($0) }
        #expect(Set(stones.map(\.recordType)) == ["answer", "recommendation", "siteVisit"])
        #expect(try Fixtures.auditEvents(db, recordId: fresh.id).contains { $0.newValue == "deleted" })
    }

    @Test("A recommendation: deleted while new, voided once exported or once its visit is completed")
    func recommendationRemoval() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        let visit = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        let exported = try db.addRecommendation(visitId: visit.id, text: "建立职工名册", priority: .low)
        try export(db)
        let fresh = try db.addRecommendation(visitId: visit.id, text: "完善考勤记录", priority: .low)
        #expect(try db.removal(ofRecommendation: fresh.id) == .delete)
        #expect(try db.removal(ofRecommendation: exported.id) == .void)
        #expect(throws: CoreError.voidInsteadOfDelete(Bilingual(zh: "意见建议", en: "recommendation"), exported: true)) {
            try db.deleteRecommendation(id: exported.id)
        }
        try db.deleteRecommendation(id: fresh.id)
        try db.completeVisit(id: visit.id)
        #expect(try db.removal(ofRecommendation: exported.id) == .void)
    }

    @Test("Voiding a completed visit: reason required, stamped and audited, its recommendations voided, counted nowhere")
    func voidCompletedVisit() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        let earlier = try db.startVisit(enterpriseId: e.id, type: .riskScreening, date: LocalDate("2024-05-01"))
        try db.setAnswer(visitId: earlier.id, itemCode: "LC-01", value: .compliant)
        try db.completeVisit(id: earlier.id)
        let visit = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        for code in ["LC-01", "WG-01", "SI-01"] { try db.setAnswer(visitId: visit.id, itemCode: code, value: .nonCompliant) }
        let rec = try db.addRecommendation(visitId: visit.id, itemCodes: ["WG-01"], text: "补足工资", priority: .high)
        let completed = try db.completeVisit(id: visit.id)
        let before = try #require(try db.enterprise(id: e.id))
        #expect(before.lastVisitDate == Fixtures.today)
        #expect(before.openRecommendationCount == 1)
        #expect(before.lastRiskLevel != .low)

        #expect(throws: CoreError.voidNeedsReason) { try db.voidVisit(id: visit.id, reason: "  ") }
        #expect(throws: CoreError.voidReasonTooLong(limit: 500, found: 501)) {
            try db.voidVisit(id: visit.id, reason: String(repeating: "错", count: 501))
        }
        let voided = try db.voidVisit(id: visit.id, reason: " 企业选错了 ")
        #expect(voided.voidReason == "企业选错了")
        #expect(voided.voidedBy == "王芳")
        #expect(voided.voidedAt?.iso8601 == "2024-05-20T02:00:00.000Z")
        #expect(voided.revision == completed.revision + 1)
        #expect(try Fixtures.auditEvents(db, recordId: visit.id).contains { $0.field == "voidReason" && $0.newValue == "企业选错了" })
        let voidedRec = try #require(try db.recommendation(id: rec.id))
        #expect(voidedRec.isVoided && voidedRec.voidReason == "企业选错了" && voidedRec.revision == rec.revision + 1)

        // The enterprise's figures come from the earlier visit again.
        let after = try #require(try db.enterprise(id: e.id))
        #expect(after.lastVisitDate == LocalDate("2024-05-01"))
        #expect(after.lastRiskLevel == .low)
        #expect(after.openRecommendationCount == 0)
        #expect(try db.followUps(.allOpen).totalCount == 0)
        #expect(try db.listVisits().first { $0.id == visit.id }?.state == "voided")

        // Never edited again, nor voided twice, nor deleted.
        #expect(throws: CoreError.recordVoided(Bilingual(zh: "走访记录", en: "visit"))) { try db.reopenVisit(id: visit.id, reason: "改") }
        #expect(throws: CoreError.recordVoided(Bilingual(zh: "走访记录", en: "visit"))) { try db.voidVisit(id: visit.id, reason: "再次") }
        #expect(throws: CoreError.recordVoided(Bilingual(zh: "意见建议", en: "recommendation"))) {
            try db.changeRecommendationStatus(id: rec.id, .rectified(evidence: nil))
        }
        #expect(try db.removal(ofVisit: visit.id) == .none)
        #expect(throws: CoreError.documentsOfVoidedVisit) { try db.assignDocumentNumber(visitId: visit.id) }
    }

    @Test("A draft already exported is voided, not deleted, and then cannot be edited or answered")
    func voidExportedDraft() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        var visit = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        try export(db)
        try db.voidVisit(id: visit.id, reason: "重复录入")
        visit.notes = "改"
        #expect(throws: CoreError.recordVoided(Bilingual(zh: "走访记录", en: "visit"))) { try db.updateVisit(visit) }
        #expect(throws: CoreError.recordVoided(Bilingual(zh: "走访记录", en: "visit"))) {
            try db.setAnswer(visitId: visit.id, itemCode: "LC-01", value: .compliant)
        }
        #expect(try db.dashboard().draftCount == 0)
    }

    @Test("Voiding one recommendation of a completed visit leaves the visit and the others counted")
    func voidOneRecommendation() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        let visit = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        let wrong = try db.addRecommendation(visitId: visit.id, text: "写错的建议", priority: .low)
        try db.addRecommendation(visitId: visit.id, text: "建立职工名册", priority: .low)
        try db.completeVisit(id: visit.id)
        let voided = try db.voidRecommendation(id: wrong.id, reason: "写错了")
        #expect(voided.isVoided && voided.revision == wrong.revision + 1)
        #expect(try db.enterprise(id: e.id)?.openRecommendationCount == 1)
        #expect(try db.visit(id: visit.id)?.visit.isVoided == false)
        #expect(try db.listRecommendations().first { $0.id == wrong.id }?.voided == true)
    }

    @Test("The store refuses a deadline before the visit date, on adding, editing and moving the visit later")
    func deadlineBeforeVisit() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        var visit = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        let early = LocalDate("2024-05-10")!
        #expect(throws: CoreError.deadlineBeforeVisit(deadline: early, visitDate: Fixtures.today)) {
            try db.addRecommendation(visitId: visit.id, text: "补签合同", priority: .low, deadline: early)
        }
        var rec = try db.addRecommendation(visitId: visit.id, text: "补签合同", priority: .low, deadline: LocalDate("2024-05-25"))
        rec.deadline = early
        #expect(throws: CoreError.deadlineBeforeVisit(deadline: early, visitDate: Fixtures.today)) {
            try db.updateRecommendation(rec)
        }
        visit.date = LocalDate("2024-05-30")!
        #expect(throws: CoreError.deadlineBeforeVisit(deadline: LocalDate("2024-05-25")!, visitDate: LocalDate("2024-05-30")!)) {
            try db.updateVisit(visit)
        }
        #expect(CoreError.deadlineBeforeVisit(deadline: early, visitDate: Fixtures.today).message(in: .zh)
                == "整改期限2024-05-10早于走访日期2024-05-20")
    }
}
