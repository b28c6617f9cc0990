import Foundation
import GRDB
import TestSupport
import Testing
@testable import FieldbookCore

/// Issue 15 item 4 (store): each visit type records its own facts — a summons (约谈) held at the
/// bureau with the person summoned, reason, record and commitments; a policy briefing (政策宣讲)
/// for several enterprises with attendees, materials, questions and legal Q&A sessions — stamped,
/// audited, validated, and never deleted silently.
@Suite("Visit types and their fields")
struct VisitTypeFieldsTests {
    @Test("Renamed types keep their stored values; the new ones have both names from the review")
    func namesAndStoredValues() {
        #expect(VisitType.summons.rawValue == "interview")
        #expect(VisitType.summons.label == Bilingual(zh: "约谈", en: "summons"))
        #expect(VisitType.wageArrearsCheck.rawValue == "wageArrearsCheck")
        #expect(VisitType.wageArrearsCheck.label.zh == "欠薪隐患排查")
        #expect(VisitType.harmoniousAssessment.label.zh == "和谐企业创建评价")
        #expect(VisitType.rectificationRecheck.label == Bilingual(zh: "整改复查", en: "re-check of rectification"))
        #expect(VisitType.mediation.label == Bilingual(zh: "劳动争议调解", en: "labour-dispute mediation"))
    }

    @Test("A summons is placed at the bureau and records the person, reason, talk and commitments, audited")
    func summons() throws {
        let db = try Fixtures.database()
        let e = try Fixtures.enterprise(db)
        var visit = try db.startVisit(enterpriseId: e.id, type: .summons, date: LocalDate("2024-05-20"))
        #expect(visit.place == DocumentSettings.standard.issuerZh)
        visit.summonedPerson = "  周敏 "
        visit.summonedRole = "人力资源部经理"
        visit.summonsReason = "拖欠农民工工资投诉3起"
        visit.talkRecord = "企业承认5月工资延迟发放。"
        visit.commitments = "5月31日前足额支付"
        visit.commitmentDate = LocalDate("2024-05-31")
        let saved = try db.updateVisit(visit)
        #expect(saved.summonedPerson == "周敏")
        #expect(saved.revision == 2)
        let fields = Set(try Fixtures.auditEvents(db, recordId: visit.id).map(\.field))
        #expect(fields.isSuperset(of: ["summonedPerson", "summonedRole", "summonsReason", "talkRecord", "commitments",
                                       "commitmentDate"]))

        var early = saved
        early.commitmentDate = LocalDate("2024-05-19")
        #expect(throws: VisitTypeError.commitmentBeforeVisit(commitment: LocalDate("2024-05-19")!,
                                                              visitDate: LocalDate("2024-05-20")!)) {
            try db.updateVisit(early)
        }
        #expect(VisitTypeError.commitmentBeforeVisit(commitment: LocalDate("2024-05-19")!, visitDate: LocalDate("2024-05-20")!)
            .message(in: .zh) == "承诺日期2024-05-19早于约谈日期2024-05-20")
        var long = saved
        long.summonedPerson = String(repeating: "周", count: 41)
        #expect(throws: CoreError.textTooLong(VisitFieldName.summonedPerson, limit: 40, found: 41)) { try db.updateVisit(long) }
        #expect(try db.visit(id: visit.id)?.visit.summonedPerson == "周敏")

        // No longer a summons: the bureau is no longer its place; the talk's record stays.
        var screening = saved
        screening.type = .riskScreening
        let changed = try db.updateVisit(screening)
        #expect(changed.place == nil)
        #expect(changed.talkRecord == "企业承认5月工资延迟发放。")
    }

    @Test("A briefing lists several enterprises once each; removing one leaves a tombstone and an audit event")
    func briefingParticipants() throws {
        let db = try Fixtures.database()
        let host = try Fixtures.enterprise(db)
        let a = try Fixtures.enterprise(db, name: "十堰华鼎建设工程有限公司", serial: 2)
        let b = try Fixtures.enterprise(db, name: "十堰鑫泰物流有限公司", serial: 3)
        var visit = try db.startVisit(enterpriseId: host.id, type: .policyBriefing)
        #expect(visit.place == nil)
        let pa = try db.addParticipant(visitId: visit.id, enterpriseId: a.id, attendees: 3)
        let pb = try db.addParticipant(visitId: visit.id, enterpriseId: b.id)
        #expect(try db.participants(visitId: visit.id).map(\.enterprise.name) == [a.name, b.name].sorted())
        #expect(throws: VisitTypeError.participantListed(name: a.name)) { try db.addParticipant(visitId: visit.id, enterpriseId: a.id) }
        #expect(throws: VisitTypeError.participantListed(name: host.name)) {
            try db.addParticipant(visitId: visit.id, enterpriseId: host.id)
        }
        #expect(pa.revision == 1 && pb.attendees == nil)
        #expect(try db.setParticipantAttendees(id: pb.id, 4).revision == 2)

        visit.attendees = 40
        visit.attendeeNames = "各企业劳资专管员"
        visit.materials = "《保障农民工工资支付条例》汇编"
        visit.materialsCount = 120
        visit.questionsAnswered = 15
        visit.legalSessions = 1
        visit = try db.updateVisit(visit)
        var negative = visit
        negative.materialsCount = -1
        #expect(throws: CoreError.negativeFigure(VisitFieldName.materialsCount, -1)) { try db.updateVisit(negative) }

        try db.removeParticipant(id: pb.id)
        #expect(try db.participants(visitId: visit.id).map(\.enterprise.id) == [a.id])
        let stone = try db.reader.read { try Tombstone.fetchOne($0, key: pb.id) }
        #expect(stone?.recordType == "visitParticipant")
        #expect(stone?.revision == 3)
        #expect(try Fixtures.auditEvents(db, recordId: pb.id).contains { $0.newValue == "deleted" })

        // Another type lists no participants; a completed briefing's list is locked.
        let screening = try db.startVisit(enterpriseId: host.id, type: .riskScreening)
        #expect(throws: VisitTypeError.participantsOnlyForBriefing(type: .riskScreening)) {
            try db.addParticipant(visitId: screening.id, enterpriseId: a.id)
        }
        _ = try db.completeVisit(id: visit.id)
        #expect(throws: CoreError.visitLocked(date: visit.date)) { try db.addParticipant(visitId: visit.id, enterpriseId: b.id) }
        #expect(throws: CoreError.visitLocked(date: visit.date)) { try db.removeParticipant(id: pa.id) }
        // An enterprise that attended a briefing is not deleted from the registry.
        #expect(throws: CoreError.enterpriseHasVisits(name: a.name, count: 1)) { try db.deleteEnterprise(id: a.id) }
    }

    @Test("Deleting a draft briefing never exported tombstones its participants")
    func deletingDraftBriefing() throws {
        let db = try Fixtures.database()
        let host = try Fixtures.enterprise(db)
        let other = try Fixtures.enterprise(db, name: "十堰华鼎建设工程有限公司", serial: 2)
        let visit = try db.startVisit(enterpriseId: host.id, type: .policyBriefing)
        let participant = try db.addParticipant(visitId: visit.id, enterpriseId: other.id)
        try db.deleteVisit(id: visit.id)
        let stones = try db.reader.read { try Tombstone.fetchAll($0) }
        #expect(Set(stones.map(\.id)) == [visit.id, participant.id])
    }

    @Test("A database from before visit-types-v1 takes the new types after opening; its visits and their answers stay")
    func migrationWidensTheTypes() throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.configuration())
        try Migrations.migrator.migrate(queue, upTo: "export-history-v1")
        let old = AppDatabase(migrated: queue, clock: .fixed(Fixtures.now))
        try old.initialize(inspectorName: "王芳")
        // The template and enterprise as that schema stores them (today's models carry later columns).
        struct Stored { let id: String }
        let e = Stored(id: "E1")
        try queue.write { db in
            try db.execute(sql: OldSchemaSeed.checklistAndEnterprise)
            try db.execute(sql: """
                INSERT INTO siteVisit (id, enterpriseId, date, type, templateId, templateVersion, riskLevel, revision, updatedAt, changeSeq)
                VALUES ('V1', ?, '2024-05-20', 'interview', 'employment-risk', 1, 'notAssessed', 1, '2024-05-20T02:00:00.000Z', 1)
                """, arguments: [e.id])
            try db.execute(sql: """
                INSERT INTO answer (id, visitId, itemCode, value, note, revision, updatedAt, changeSeq)
                VALUES ('A1', 'V1', 'LC-01', 'nonCompliant', '', 1, '2024-05-20T02:00:00.000Z', 1)
                """)
            // The old table refuses a type v1 did not know.
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "UPDATE siteVisit SET type = 'mediation' WHERE id = 'V1'")
            }
        }
        let migrated = try AppDatabase(queue, clock: .fixed(Fixtures.now))
        let visit = try #require(try migrated.visit(id: "V1"))
        #expect(visit.visit.type == .summons && visit.visit.place == nil)
        #expect(visit.answers["LC-01"]?.value == .nonCompliant)
        var mediation = visit.visit
        mediation.type = .mediation
        #expect(try migrated.updateVisit(mediation).type == .mediation)
        try queue.write { db in
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'siteVisit' AND sql IS NOT NULL")
            // (siteVisit_on_projectId comes with projects-v1, after this migration.)
            #expect(Set(indexes) == ["siteVisit_on_enterprise_date", "siteVisit_on_date", "siteVisit_on_drafts", "siteVisit_on_changeSeq",
                                     "siteVisit_on_projectId"])
            // The answers still refer to it, with their cascade.
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE answer SET visitId = 'nope' WHERE id = 'A1'") }
        }
    }
}
