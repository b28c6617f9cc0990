import Foundation
import GRDB
import Testing
@testable import FieldbookCore

@Suite("Visits: revisions, audit log, locking and reopening")
struct VisitLifecycleTests {
    @Test("Given an enterprise, when a visit starts, then it is a draft at revision 1 dated today, audited as created")
    func startsDraft() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)

        let visit = try db.startVisit(enterpriseId: e.id, type: .riskScreening)

        #expect(visit.status == .draft)
        #expect(visit.revision == 1)
        #expect(visit.date == Fixtures.today)
        #expect(visit.inspectors == ["王芳"])
        #expect(visit.templateVersion == 1)
        #expect(visit.updatedAt.iso8601 == "2024-05-20T02:00:00.000Z")
        #expect(visit.id == visit.id.uppercased() && UUID(uuidString: visit.id) != nil)
        let events = try Fixtures.auditEvents(db, recordId: visit.id)
        #expect(events.map(\.field) == ["(record)"])
        #expect(events.first?.inspectorName == "王芳")
    }

    @Test("Given a draft, when fields change, then the revision grows and each field is audited with old and new values")
    func updateAudits() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        var visit = try db.startVisit(enterpriseId: e.id, type: .riskScreening)

        visit.notes = "现场抽查劳动合同20份"
        visit.employees = 120
        visit.startTime = TimeOfDay("09:30")
        let saved = try db.updateVisit(visit)

        #expect(saved.revision == 2)
        let events = try Fixtures.auditEvents(db, recordId: visit.id).filter { $0.field != "(record)" }
        #expect(events.map(\.field) == ["employees", "notes", "startTime"])
        #expect(events.map(\.oldValue) == [nil, "", nil])
        #expect(events.map(\.newValue) == ["120", "现场抽查劳动合同20份", "09:30"])

        let unchanged = try db.updateVisit(saved)
        #expect(unchanged.revision == 2)
    }

    @Test("Given a completed visit, when edited or answered, then it is refused with a bilingual lock message")
    func completedIsLocked() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        var visit = try db.startVisit(enterpriseId: e.id, type: .summons)
        try db.setAnswer(visitId: visit.id, itemCode: "LC-01", value: .compliant)
        visit = try db.completeVisit(id: visit.id)
        #expect(visit.status == .completed)
        #expect(visit.completedAt != nil)

        var edited = visit
        edited.notes = "补充"
        #expect(throws: CoreError.visitLocked(date: Fixtures.today)) { try db.updateVisit(edited) }
        #expect(throws: CoreError.visitLocked(date: Fixtures.today)) {
            try db.setAnswer(visitId: visit.id, itemCode: "LC-02", value: .nonCompliant)
        }
        let error = CoreError.visitLocked(date: Fixtures.today)
        #expect(error.message(in: .zh).contains("已完成并锁定"))
        #expect(error.message(in: .en).contains("completed and locked"))
        let stored = try db.visit(id: visit.id)
        #expect(stored?.visit.notes == "")
    }

    @Test("Given a completed visit, when reopened without a reason, then it is refused; with one, it is a draft again and audited")
    func reopen() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        let visit = try db.completeVisit(id: try db.startVisit(enterpriseId: e.id, type: .summons).id)

        #expect(throws: CoreError.reopenNeedsReason) { try db.reopenVisit(id: visit.id, reason: "  ") }
        let reopened = try db.reopenVisit(id: visit.id, reason: "企业补交社保缴费凭证")

        #expect(reopened.status == .draft)
        #expect(reopened.reopenReason == "企业补交社保缴费凭证")
        #expect(reopened.revision == visit.revision + 1)
        let events = try Fixtures.auditEvents(db, recordId: visit.id)
        #expect(events.contains { $0.field == "reopenReason" && $0.newValue == "企业补交社保缴费凭证" })
        #expect(events.contains { $0.field == "status" && $0.oldValue == "completed" && $0.newValue == "draft" })
        #expect(throws: CoreError.visitNotCompleted) { try db.reopenVisit(id: visit.id, reason: "again") }
    }

    @Test("Given a draft with answers and a recommendation, when deleted, then tombstones remain for each")
    func deleteLeavesTombstones() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        let visit = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        let (answer, _) = try db.setAnswer(visitId: visit.id, itemCode: "WG-01", value: .nonCompliant)
        let rec = try db.addRecommendation(visitId: visit.id, itemCodes: ["WG-01"], text: "补足最低工资差额", priority: .high)

        try db.deleteVisit(id: visit.id)

        let stones = try db.reader.read { db in try Tombstone.order(Tombstone.Columns.recordType).fetchAll(db) }
        #expect(stones.map(\.recordType) == ["answer", "recommendation", "siteVisit"])
        #expect(Set(stones.map(\.id)) == [answer.id, rec.id, visit.id])
        #expect(stones.first { $0.id == visit.id }?.revision == visit.revision + 1)
        #expect(try db.visit(id: visit.id) == nil)
        #expect(try db.enterprise(id: e.id)?.openRecommendationCount == 0)
    }

    @Test("Given workforce figures above the employees, when saved, then the error names the figure")
    func workforceValidation() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        var visit = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        visit.workforce = Workforce(employees: 100, writtenContracts: 101)

        #expect(throws: CoreError.figureExceedsEmployees(Bilingual(zh: "签订书面劳动合同人数", en: "workers with written contracts"),
                                                         value: 101, employees: 100)) { try db.updateVisit(visit) }
        visit.workforce = Workforce(employees: 100, socialInsuranceEnrolled: 120)
        #expect(throws: CoreError.self) { try db.updateVisit(visit) }
        visit.workforce = Workforce(employees: 100, writtenContracts: 100, socialInsuranceEnrolled: 90, dispatchedWorkers: 12)
        let saved = try db.updateVisit(visit)
        #expect(saved.workforce.exceedsDispatchLimit)
        #expect(saved.workforce.dispatchedShare == 0.12)
        #expect(!Workforce(employees: 100, dispatchedWorkers: 10).exceedsDispatchLimit)
        let message = CoreError.figureExceedsEmployees(Bilingual(zh: "参加社会保险人数", en: "workers enrolled in social insurance"),
                                                       value: 120, employees: 100).message(in: .zh)
        #expect(message == "“参加社会保险人数”（120）不能超过职工人数（100）")
    }

    @Test("Given end before start, when saved, then it is refused")
    func timesOrdered() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        var visit = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        visit.startTime = TimeOfDay("14:00")
        visit.endTime = TimeOfDay("09:00")
        #expect(throws: CoreError.endBeforeStart(start: TimeOfDay("14:00")!, end: TimeOfDay("09:00")!)) {
            try db.updateVisit(visit)
        }
    }

    @Test("Every write transaction takes the next change sequence number")
    func changeSequence() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        let visit = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        let (answer, _) = try db.setAnswer(visitId: visit.id, itemCode: "LC-01", value: .compliant)
        #expect(e.changeSeq < visit.changeSeq)
        #expect(visit.changeSeq < answer.changeSeq)
    }
}
