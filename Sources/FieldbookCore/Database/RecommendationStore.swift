import Foundation
import GRDB

/// Recommendation writes at the `Database` level. Content (text, items, priority, deadline) is
/// part of the visit and locked with it; the status moves on after the visit, at follow-ups.
public enum RecommendationStore {
    /// Adds a recommendation to a draft visit. Without a deadline, the priority's default
    /// number of days after the visit date is used.
    public static func add(visitId: String, itemCodes: [String], text: String, priority: RecommendationPriority,
                           deadline: LocalDate?, _ db: Database, _ change: ChangeContext) throws -> Recommendation {
        let visit = try VisitStore.fetchDraft(id: visitId, db)
        var rec = Recommendation(visitId: visitId, enterpriseId: visit.enterpriseId, itemCodes: itemCodes,
                                 text: text, priority: priority,
                                 deadline: deadline ?? visit.date.adding(days: priority.defaultDeadlineDays),
                                 createdOn: change.today)
        rec = try validated(rec, visit: visit, db)
        change.stampNew(&rec)
        try rec.insert(db)
        try AuditLog.recordCreated(rec, db, change)
        try EnterpriseSummary.refresh(enterpriseId: rec.enterpriseId, db)
        return rec
    }

    /// Saves edited text, linked items, priority and deadline (the visit must be a draft).
    public static func update(_ edited: Recommendation, _ db: Database, _ change: ChangeContext) throws -> Recommendation {
        let old = try fetchLive(id: edited.id, db)
        let visit = try VisitStore.fetchDraft(id: old.visitId, db)
        var rec = old
        rec.text = edited.text
        rec.itemCodes = edited.itemCodes
        rec.priority = edited.priority
        rec.deadline = edited.deadline
        rec = try validated(rec, visit: visit, db)
        guard rec != old else { return old }
        change.stampChanged(&rec, from: old)
        try rec.update(db)
        try AuditLog.recordChanges(old: old, new: rec, db, change)
        return rec
    }

    /// Moves the status (`RecommendationTransition` holds the rules: which moves, and what each
    /// needs — evidence to close, a new deadline after a failed re-check, an overdue deadline and
    /// a target to refer). `date` is when it happened. Audited field by field like any change.
    public static func change(id: String, _ transition: RecommendationTransition, on date: LocalDate,
                              _ db: Database, _ change: ChangeContext) throws -> Recommendation {
        let old = try fetchLive(id: id, db)
        let attachments = try RectificationEvidence.attachmentCount(recommendationId: id, db)
        var rec = try transition.apply(to: old, on: date, attachments: attachments)
        change.stampChanged(&rec, from: old)
        try rec.update(db)
        try AuditLog.recordChanges(old: old, new: rec, db, change)
        try EnterpriseSummary.refresh(enterpriseId: rec.enterpriseId, db)
        return rec
    }

    /// Takes a mistaken status change back one step, with a required reason, audited beside the
    /// changed fields (field `statusRevertReason`); the revision moves on, so it is exported like
    /// any other change:
    /// - closed → rectified (the closing date goes; the evidence note stays: it was true);
    /// - rectified → recheckFailed after a failed re-check, else open (the rectification date goes);
    /// - recheckFailed → rectified, with the deadline and re-check date it had before (from the
    ///   audit trail of the failing change);
    /// - referred → recheckFailed or open (the referral goes).
    public static func revertStatus(id: String, reason: String, _ db: Database, _ change: ChangeContext)
    throws -> Recommendation {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw CoreError.statusRevertNeedsReason }
        let old = try fetchLive(id: id, db)
        var rec = old
        let outstanding: RecommendationStatus = old.recheckFailedOn == nil ? .open : .recheckFailed
        switch old.status {
        case .closed:
            rec.status = .rectified
            rec.verifiedOn = nil
        case .rectified:
            rec.status = outstanding
            rec.rectifiedOn = nil
        case .recheckFailed:
            rec.status = .rectified
            let before = try valuesBefore(recheckFailure: old, db)
            rec.deadline = before.deadline
            rec.recheckFailedOn = before.recheckFailedOn
        case .referred:
            rec.status = outstanding
            rec.referredTo = nil
            rec.referredOn = nil
        case .open:
            throw CoreError.recommendationStatus(from: .open, to: .open)
        }
        change.stampChanged(&rec, from: old)
        try rec.update(db)
        try AuditLog.recordChanges(old: old, new: rec, db, change)
        try AuditLog.log(Recommendation.recordType, rec.id, field: revertReasonField, old: old.status.rawValue,
                         new: reason, db, change)
        try EnterpriseSummary.refresh(enterpriseId: rec.enterpriseId, db)
        return rec
    }

    /// The deadline and re-check date a recommendation had before its latest failed re-check,
    /// read from the audit events of that change (the same change number). Without them (a record
    /// written by bulk demo data) the current deadline stays.
    private static func valuesBefore(recheckFailure rec: Recommendation, _ db: Database)
    throws -> (deadline: LocalDate?, recheckFailedOn: LocalDate?) {
        let mine = AuditEvent.Columns.recordId == rec.id
        guard let failing = try AuditEvent.filter(mine && AuditEvent.Columns.field == "recheckFailedOn")
            .order(Column("changeSeq").desc, AuditEvent.Columns.at.desc).fetchOne(db) else {
            return (rec.deadline, nil)
        }
        let sameChange = try AuditEvent.filter(mine && Column("changeSeq") == failing.changeSeq).fetchAll(db)
        var deadline: LocalDate? = rec.deadline
        if let event = sameChange.first(where: { $0.field == "deadline" }) {
            deadline = event.oldValue.flatMap { LocalDate($0) }
        }
        let recheckFailedOn: LocalDate? = failing.oldValue.flatMap { LocalDate($0) }
        return (deadline, recheckFailedOn)
    }

    /// The audit field that holds the reason of a status taken back.
    public static let revertReasonField = "statusRevertReason"

    /// Links (or with nil unlinks) the visit at which the rectification is checked.
    public static func linkFollowUp(id: String, visitId: String?, _ db: Database, _ change: ChangeContext)
    throws -> Recommendation {
        let old = try fetch(id: id, db)
        // A voided recommendation only forgets a follow-up visit that is being deleted.
        if old.isVoided, visitId != nil { throw CoreError.recordVoided(FieldName.recommendation) }
        if let visitId, try !SiteVisit.exists(db, key: visitId) { throw CoreError.notFound(FieldName.visit, id: visitId) }
        var rec = old
        rec.followUpVisitId = visitId
        guard rec != old else { return old }
        change.stampChanged(&rec, from: old)
        try rec.update(db)
        try AuditLog.recordChanges(old: old, new: rec, db, change)
        return rec
    }

    /// Deletes a recommendation of a draft visit that never left this laptop, leaving a tombstone
    /// (and an audit event). One of a completed visit, or one already exported, is voided instead.
    public static func delete(id: String, _ db: Database, _ change: ChangeContext) throws {
        let rec = try fetchLive(id: id, db)
        guard let visit = try SiteVisit.fetchOne(db, key: rec.visitId) else {
            throw CoreError.notFound(FieldName.visit, id: rec.visitId)
        }
        guard visit.status == .draft else { throw CoreError.voidInsteadOfDelete(FieldName.recommendation, exported: false) }
        guard try !ExportHistory.wasExported(rec, db) else {
            throw CoreError.voidInsteadOfDelete(FieldName.recommendation, exported: true)
        }
        try AuditLog.recordDeleted(rec, db, change)
        try Tombstones.bury(rec, db, change)
        try EnterpriseSummary.refresh(enterpriseId: rec.enterpriseId, db)
    }

    /// Whether `delete` would take this recommendation (its visit a draft, neither exported).
    public static func isDeletable(_ rec: Recommendation, _ db: Database) throws -> Bool {
        guard !rec.isVoided, let visit = try SiteVisit.fetchOne(db, key: rec.visitId),
              visit.status == .draft, !visit.isVoided else { return false }
        return try !ExportHistory.wasExported(rec, db)
    }

    /// Voids (作废) a recommendation made by mistake — also after its visit was completed, when
    /// its content is locked: it stays, with who, when and why, is exported (revision + 1) and
    /// counts nowhere; it is never edited again and its status no longer moves.
    public static func void(id: String, reason: String, _ db: Database, _ change: ChangeContext) throws -> Recommendation {
        let reason = try VoidReason.checked(reason, table: Recommendation.databaseTableName)
        let rec = try markVoided(fetchLive(id: id, db), reason: reason, db, change)
        try EnterpriseSummary.refresh(enterpriseId: rec.enterpriseId, db)
        return rec
    }

    /// Stamps the void on one recommendation (its own, or its visit's) and audits it.
    static func markVoided(_ old: Recommendation, reason: String, _ db: Database, _ change: ChangeContext)
    throws -> Recommendation {
        var rec = old
        rec.voidedAt = change.now
        rec.voidReason = reason
        rec.voidedBy = change.inspector?.name
        change.stampChanged(&rec, from: old)
        try rec.update(db)
        try AuditLog.recordChanges(old: old, new: rec, db, change)
        return rec
    }

    /// Before a visit's date moves later: no recommendation of it may then be due before the visit.
    static func checkDeadlines(visitId: String, visitDate: LocalDate, _ db: Database) throws {
        let earliest = try Recommendation.filter(Recommendation.Columns.visitId == visitId
                                                 && Recommendation.Columns.voidedAt == nil
                                                 && Recommendation.Columns.deadline < visitDate)
            .order(Recommendation.Columns.deadline).fetchOne(db)
        if let deadline = earliest?.deadline {
            throw CoreError.deadlineBeforeVisit(deadline: deadline, visitDate: visitDate)
        }
    }

    /// Before a visit is deleted: recommendations that named it as their follow-up forget it.
    static func unlinkFollowUps(of visitId: String, _ db: Database, _ change: ChangeContext) throws {
        for rec in try Recommendation.filter(Recommendation.Columns.followUpVisitId == visitId).fetchAll(db) {
            _ = try linkFollowUp(id: rec.id, visitId: nil, db, change)
        }
    }

    static func fetch(id: String, _ db: Database) throws -> Recommendation {
        guard let rec = try Recommendation.fetchOne(db, key: id) else {
            throw CoreError.notFound(FieldName.recommendation, id: id)
        }
        return rec
    }

    /// The recommendation, refused when it is voided: nothing of it changes any more.
    static func fetchLive(id: String, _ db: Database) throws -> Recommendation {
        let rec = try fetch(id: id, db)
        guard !rec.isVoided else { throw CoreError.recordVoided(FieldName.recommendation) }
        return rec
    }

    private static func validated(_ rec: Recommendation, visit: SiteVisit, _ db: Database) throws -> Recommendation {
        var rec = rec
        rec.text = rec.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !rec.text.isEmpty else { throw CoreError.emptyField(FieldName.recommendationText) }
        // Rectification cannot be due before the visit that asked for it.
        if let deadline = rec.deadline, deadline < visit.date {
            throw CoreError.deadlineBeforeVisit(deadline: deadline, visitDate: visit.date)
        }
        var seen = Set<String>()
        rec.itemCodes = rec.itemCodes.filter { seen.insert($0).inserted }
        for code in rec.itemCodes {
            guard try ChecklistItem.exists(db, key: ["templateId": visit.templateId,
                                                     "templateVersion": visit.templateVersion, "code": code]) else {
                throw CoreError.unknownItem(code: code, template: "\(visit.templateId) v\(visit.templateVersion)")
            }
        }
        return rec
    }
}
