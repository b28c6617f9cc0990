import Testing
@testable import FieldbookCore

@Suite("Queries of the follow-up screens: one recommendation by id")
struct ScreenQueryTests {
    @Test("Given a recommendation, when fetched by id, then it is returned; an unknown id gives nil")
    func recommendationById() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        let visit = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        let rec = try db.addRecommendation(visitId: visit.id, itemCodes: ["LC-01"], text: "补签劳动合同", priority: .high)
        #expect(try db.recommendation(id: rec.id) == rec)
        #expect(try db.recommendation(id: "nope") == nil)
    }
}
