import Testing
@testable import FieldbookCore

@Suite("Recommendations: deadlines, status, audit, enterprise summary")
struct RecommendationTests {
    @Test("Given a draft visit, when a high-priority recommendation is added without a deadline, then it is due in 7 days")
    func defaultDeadline() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        let visit = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        let rec = try db.addRecommendation(visitId: visit.id, itemCodes: ["LC-01", "LC-01"],
                                           text: "  一个月内与全部职工补签书面劳动合同 ", priority: .high)
        #expect(rec.deadline == LocalDate("2024-05-27"))
        #expect(rec.itemCodes == ["LC-01"])
        #expect(rec.text == "一个月内与全部职工补签书面劳动合同")
        #expect(rec.status == .open)
        #expect(try db.enterprise(id: e.id)?.openRecommendationCount == 1)
    }

    @Test("Given an unknown item or empty text, when added, then it is refused")
    func validation() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        let visit = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        #expect(throws: CoreError.unknownItem(code: "XX-99", template: "employment-risk v1")) {
            try db.addRecommendation(visitId: visit.id, itemCodes: ["XX-99"], text: "整改", priority: .low)
        }
        #expect(throws: CoreError.emptyField(Bilingual(zh: "意见建议内容", en: "recommendation text"))) {
            try db.addRecommendation(visitId: visit.id, text: "   ", priority: .low)
        }
    }

    @Test("Given a completed visit, when its recommendation moves open → rectified → closed, then dates and audit follow")
    func statusAfterCompletion() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        let visit = try db.startVisit(enterpriseId: e.id, type: .wageArrearsCheck)
        let rec = try db.addRecommendation(visitId: visit.id, text: "足额支付加班工资", priority: .medium)
        try db.completeVisit(id: visit.id)

        var edited = rec
        edited.text = "改"
        #expect(throws: CoreError.visitLocked(date: Fixtures.today)) { try db.updateRecommendation(edited) }

        let rectified = try db.changeRecommendationStatus(id: rec.id, .rectified(evidence: nil), on: LocalDate("2024-06-01"))
        #expect(rectified.rectifiedOn == LocalDate("2024-06-01"))
        #expect(rectified.revision == 2)
        #expect(try db.enterprise(id: e.id)?.openRecommendationCount == 0)
        let closed = try db.changeRecommendationStatus(id: rec.id, .closed(evidence: "复查工资表，加班工资已补发"),
                                                       on: LocalDate("2024-06-03"))
        #expect(closed.verifiedOn == LocalDate("2024-06-03"))
        #expect(throws: CoreError.recommendationStatus(from: .closed, to: .rectified)) {
            try db.changeRecommendationStatus(id: rec.id, .rectified(evidence: nil))
        }
        let statusEvents = try db.auditTrail(recordId: rec.id).filter { $0.field == "status" }
        #expect(statusEvents.map(\.newValue) == ["rectified", "closed"])
    }

    @Test("Given a follow-up visit, when linked, then the recommendation points to it; deleting the visit unlinks it")
    func followUpLink() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        let first = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        let rec = try db.addRecommendation(visitId: first.id, text: "建立职工名册", priority: .low)
        try db.completeVisit(id: first.id)
        let second = try db.startVisit(enterpriseId: e.id, type: .complaintFollowUp)
        #expect(try db.linkFollowUp(recommendationId: rec.id, visitId: second.id).followUpVisitId == second.id)
        try db.deleteVisit(id: second.id)
        let after = try #require(try db.visit(id: first.id)?.recommendations.first)
        #expect(after.followUpVisitId == nil)
        #expect(after.revision == 3)
    }
}
