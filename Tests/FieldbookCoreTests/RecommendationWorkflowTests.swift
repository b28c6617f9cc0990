import Foundation
import GRDB
import TestSupport
import Testing
@testable import FieldbookCore

/// The status workflow (docs/domain-model.md): 已整改, 复查不合格 with a new deadline, 逾期未整改→移交,
/// 已复查销号 only with evidence — checked in Core, audited, and counted as the enterprise's open ones.
@Suite("Recommendation status workflow")
struct RecommendationWorkflowTests {
    /// A completed visit of `Fixtures.today` with one high-priority recommendation (due 2024-05-27).
    private func completedRecommendation(_ db: AppDatabase, items: [String] = []) throws -> (Enterprise, Recommendation) {
        let e = try Fixtures.enterprise(db)
        let visit = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        let rec = try db.addRecommendation(visitId: visit.id, itemCodes: items, text: "补签书面劳动合同", priority: .high)
        try db.completeVisit(id: visit.id)
        return (e, rec)
    }

    @Test("Given a rectified recommendation, when the re-check fails, then it is outstanding again with the new deadline, audited")
    func recheckFailed() throws {
        let db = try Fixtures.database()
        let (e, rec) = try completedRecommendation(db)
        #expect(rec.deadline == LocalDate("2024-05-27"))
        _ = try db.changeRecommendationStatus(id: rec.id, .rectified(evidence: "企业报送补签合同复印件"), on: LocalDate("2024-05-25"))
        #expect(try db.enterprise(id: e.id)?.openRecommendationCount == 0)

        // A new deadline on or before the re-check day is refused, in both languages.
        let early = #expect(throws: CoreError.self) {
            try db.changeRecommendationStatus(id: rec.id, .recheckFailed(newDeadline: LocalDate("2024-05-28")!),
                                              on: LocalDate("2024-05-28"))
        }
        #expect(early?.message(in: .zh) == "复查不合格须重新确定整改期限，且应晚于复查日期2024-05-28（填写的是2024-05-28）")
        #expect(early?.message(in: .en) == "a failed re-check needs a new deadline after the re-check day 2024-05-28 (not 2024-05-28)")

        let failed = try db.changeRecommendationStatus(id: rec.id, .recheckFailed(newDeadline: LocalDate("2024-06-10")!),
                                                       on: LocalDate("2024-05-28"))
        #expect(failed.status == .recheckFailed)
        #expect(failed.deadline == LocalDate("2024-06-10"))
        #expect(failed.recheckFailedOn == LocalDate("2024-05-28"))
        #expect(failed.evidenceNote == "企业报送补签合同复印件")
        // Outstanding again: the enterprise counts it open.
        #expect(try db.enterprise(id: e.id)?.openRecommendationCount == 1)
        let events = try Fixtures.auditEvents(db, recordId: rec.id)
        let deadlineChange = try #require(events.first { $0.field == "deadline" })
        #expect(deadlineChange.oldValue == "2024-05-27" && deadlineChange.newValue == "2024-06-10")
        #expect(events.filter { $0.field == "status" }.compactMap(\.newValue).sorted() == ["recheckFailed", "rectified"])

        // Taken back by mistake: the old deadline and no failed re-check.
        let reverted = try db.revertRecommendationStatus(id: rec.id, reason: "误按复查不合格")
        #expect(reverted.status == .rectified)
        #expect(reverted.deadline == LocalDate("2024-05-27"))
        #expect(reverted.recheckFailedOn == nil)
    }

    @Test("Given an overdue recommendation, when referred, then target and date are kept; before its deadline it is refused")
    func referral() throws {
        let db = try Fixtures.database()
        let (e, rec) = try completedRecommendation(db)
        let early = #expect(throws: CoreError.self) {
            try db.changeRecommendationStatus(id: rec.id, .referred(to: "劳动保障监察支队"), on: LocalDate("2024-05-27"))
        }
        #expect(early?.message(in: .zh) == "整改期限2024-05-27尚未届满（2024-05-27），逾期未整改才能移交")
        #expect(throws: CoreError.emptyField(Bilingual(zh: "移交单位", en: "referred to"))) {
            try db.changeRecommendationStatus(id: rec.id, .referred(to: "  "), on: LocalDate("2024-05-28"))
        }
        let referred = try db.changeRecommendationStatus(id: rec.id, .referred(to: " 十堰市劳动保障监察支队（立案查处） "),
                                                         on: LocalDate("2024-05-28"))
        #expect(referred.status == .referred)
        #expect(referred.referredTo == "十堰市劳动保障监察支队（立案查处）")
        #expect(referred.referredOn == LocalDate("2024-05-28"))
        #expect(try db.enterprise(id: e.id)?.openRecommendationCount == 0)
        // Referred is the end on the laptop: no rectification or closing from there.
        #expect(throws: CoreError.recommendationStatus(from: .referred, to: .rectified)) {
            try db.changeRecommendationStatus(id: rec.id, .rectified(evidence: nil))
        }
        let back = try db.revertRecommendationStatus(id: rec.id, reason: "误移交")
        #expect(back.status == .open && back.referredTo == nil && back.referredOn == nil)
    }

    @Test("Given a rectified recommendation, when closed without evidence it is refused; with a note it closes")
    func closingNeedsEvidence() throws {
        let db = try Fixtures.database()
        let (_, rec) = try completedRecommendation(db)
        _ = try db.changeRecommendationStatus(id: rec.id, .rectified(evidence: nil))
        let refused = #expect(throws: CoreError.closingNeedsEvidence) {
            try db.changeRecommendationStatus(id: rec.id, .closed(evidence: "   "))
        }
        #expect(refused?.message(in: .zh) == "复查销号须有整改佐证：请填写佐证说明或附上佐证材料")
        #expect(try db.recommendation(id: rec.id)?.status == .rectified)
        let closed = try db.changeRecommendationStatus(id: rec.id, .closed(evidence: "复查现场核实，80份合同已补签"))
        #expect(closed.status == .closed)
        #expect(closed.verifiedOn == Fixtures.today)
        #expect(closed.evidenceNote == "复查现场核实，80份合同已补签")
        #expect(RecommendationStatus.closed.label == Bilingual(zh: "已复查销号", en: "closed"))
        // Closed is the end: a re-check failure or a referral is refused.
        #expect(throws: CoreError.recommendationStatus(from: .closed, to: .recheckFailed)) {
            try db.changeRecommendationStatus(id: rec.id, .recheckFailed(newDeadline: LocalDate("2024-07-01")!))
        }
    }

    @Test("Given a note recorded when rectified, then closing later needs nothing more; an attachment counts as evidence too")
    func evidenceFromEarlierNoteOrAttachment() throws {
        let db = try Fixtures.database()
        let (e, rec) = try completedRecommendation(db)
        _ = try db.changeRecommendationStatus(id: rec.id, .rectified(evidence: "企业报送参保回执"))
        #expect(try db.changeRecommendationStatus(id: rec.id, .closed(evidence: nil)).evidenceNote == "企业报送参保回执")

        // A photo attached to the recommendation counts; a detached one does not.
        let visit = try db.startVisit(enterpriseId: e.id, type: .riskScreening)
        let other = try db.addRecommendation(visitId: visit.id, text: "补缴社保", priority: .low)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("evidence-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = AttachmentStore(database: db, directory: directory.appendingPathComponent("store"))
        let wrong = directory.appendingPathComponent("wrong.jpg"), receipt = directory.appendingPathComponent("回执.pdf")
        try EvidenceFiles.jpeg().write(to: wrong)
        try EvidenceFiles.pdf().write(to: receipt)
        let first = try store.attach(visitId: visit.id, files: [wrong], to: .recommendation(id: other.id))
        try store.detach(id: first[0].id, reason: "拍错了")
        #expect(throws: CoreError.closingNeedsEvidence) { try db.changeRecommendationStatus(id: other.id, .closed(evidence: nil)) }
        _ = try store.attach(visitId: visit.id, files: [receipt], to: .recommendation(id: other.id))
        let closed = try db.changeRecommendationStatus(id: other.id, .closed(evidence: nil))
        #expect(closed.status == .closed && closed.evidenceNote == nil)
    }

    @Test("A re-check failure counts as open and overdue past its new deadline; a date before the recommendation is refused")
    func outstandingAndDates() throws {
        let db = try Fixtures.database()
        let (_, rec) = try completedRecommendation(db)
        #expect(throws: CoreError.statusDateBeforeCreation(date: LocalDate("2024-05-19")!, created: Fixtures.today)) {
            try db.changeRecommendationStatus(id: rec.id, .rectified(evidence: nil), on: LocalDate("2024-05-19"))
        }
        _ = try db.changeRecommendationStatus(id: rec.id, .rectified(evidence: nil))
        _ = try db.changeRecommendationStatus(id: rec.id, .recheckFailed(newDeadline: LocalDate("2024-05-21")!))
        let later = AppDatabase(migrated: db.writer, clock: .fixed(Fixtures.now.addingTimeInterval(5 * 86_400)))
        let overdue = try later.followUps(.overdue)
        #expect(overdue.rows.map(\.recommendation.id) == [rec.id])
        #expect(try later.dashboardCounts().recommendationsOverdue == 1)
        let listed = try later.listRecommendations()
        #expect(listed.first?.overdue == true && listed.first?.status == .recheckFailed)
    }

    @Test("Given a database from before the workflow with a verified recommendation, when opened, then it is closed and nothing else changed")
    func migratesVerifiedToClosed() throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.configuration())
        // The migration just before the workflow (voids-v1 added columns the rebuild must keep).
        try Migrations.migrator.migrate(queue, upTo: "voids-v1")
        let old = AppDatabase(migrated: queue, clock: .fixed(Fixtures.now))
        try old.initialize(inspectorName: "王芳")
        // Rows written as that schema has them (today's models carry later columns).
        struct Stored { let id: String }
        let e = Stored(id: "E1"), visitId = "V1"
        try queue.write { db in
            try db.execute(sql: OldSchemaSeed.checklistAndEnterprise)
            try db.execute(sql: """
                INSERT INTO siteVisit (id, enterpriseId, date, type, status, completedAt, templateId, templateVersion,
                                       riskLevel, revision, updatedAt, changeSeq)
                  VALUES ('V1', 'E1', '2024-05-20', 'riskScreening', 'completed', '2024-05-20T03:00:00.000Z',
                          'employment-risk', 1, 'notAssessed', 2, '2024-05-20T03:00:00.000Z', 2);
                """)
        }
        try queue.write { db in
            for (id, status, verified) in [("R1", "verified", "2024-05-22"), ("R2", "open", nil), ("R3", "rectified", nil)] {
                try db.execute(sql: """
                    INSERT INTO recommendation (id, visitId, enterpriseId, itemCodes, text, priority, deadline, status,
                      createdOn, rectifiedOn, verifiedOn, revision, updatedAt, changeSeq)
                    VALUES (?, ?, ?, '["LC-01"]', '补签合同', 'high', '2024-05-27', ?, '2024-05-20', ?, ?, 3,
                      '2024-05-22T02:00:00.000Z', 7)
                    """, arguments: [id, visitId, e.id, status, verified, verified])
            }
        }
        let migrated = try AppDatabase(queue, clock: .fixed(Fixtures.now))
        let rows = try migrated.reader.read { db in
            try Recommendation.order(Recommendation.Columns.id).fetchAll(db)
        }
        #expect(rows.map(\.status) == [.closed, .open, .rectified])
        #expect(rows[0].verifiedOn == LocalDate("2024-05-22") && rows[0].revision == 3 && rows[0].changeSeq == 7)
        #expect(rows.allSatisfy { $0.evidenceNote == nil && $0.referredTo == nil && $0.itemCodes == ["LC-01"] })
        try migrated.reader.read { db in
            let columns = Set(try db.columns(in: "recommendation").map(\.name))
            #expect(columns.isSuperset(of: ["voidedAt", "voidReason", "voidedBy", "evidenceNote", "recheckFailedOn",
                                            "referredTo", "referredOn"]))
            let index = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'recommendation_on_open_deadline'")
            #expect(index?.contains("IN ('open', 'recheckFailed')") == true)
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'recommendation' AND sql IS NOT NULL")
            #expect(Set(indexes) == ["recommendation_on_visit", "recommendation_on_enterprise", "recommendation_on_open_deadline",
                                     "recommendation_on_followUp", "recommendation_on_changeSeq"])
            // The foreign keys came along: a recommendation of an unknown visit is refused.
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "UPDATE recommendation SET visitId = 'nope' WHERE id = 'R2'")
            }
        }
        // And the new statuses are stored.
        _ = try migrated.changeRecommendationStatus(id: "R3", .recheckFailed(newDeadline: LocalDate("2024-06-30")!))
        #expect(try migrated.recommendation(id: "R3")?.status == .recheckFailed)
    }

    @Test("An older status value in JSON (a conflict copy, a pack) reads as its new name")
    func legacyValueDecodes() throws {
        let decoded = try JSONDecoder().decode([RecommendationStatus].self, from: Data(#"["verified","open"]"#.utf8))
        #expect(decoded == [.closed, .open])
        #expect(String(decoding: try JSONEncoder().encode(RecommendationStatus.closed), as: UTF8.self) == #""closed""#)
    }
}
