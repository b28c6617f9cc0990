import GRDB

/// Visit writes at the `Database` level (used by `AppDatabase` methods and bulk loaders inside
/// one transaction). Every change is stamped, audited, and keeps the enterprise summary.
public enum VisitStore {
    /// Starts a draft visit on the given template version (default: newest of `templateId`).
    public static func start(enterpriseId: String, type: VisitType, date: LocalDate, templateId: String,
                             templateVersion: Int?, inspectors: [String]?,
                             _ db: Database, _ change: ChangeContext) throws -> SiteVisit {
        guard try Enterprise.exists(db, key: enterpriseId) else {
            throw CoreError.notFound(FieldName.enterprise, id: enterpriseId)
        }
        guard let version = try templateVersion ?? TemplateStore.latestVersion(id: templateId, db),
              try ChecklistTemplate.exists(db, key: ["id": templateId, "version": version]) else {
            throw CoreError.notFound(FieldName.template, id: templateId + (templateVersion.map { " v\($0)" } ?? ""))
        }
        var visit = SiteVisit(enterpriseId: enterpriseId, date: date, type: type, templateId: templateId,
                              templateVersion: version, inspectors: inspectors ?? change.inspector.map { [$0.name] } ?? [])
        visit.createdBy = change.inspector?.id
        if type.isHeldAtBureau { visit.place = try DocumentHandover.settings(db).issuerZh }
        visit = try visit.validated()
        change.stampNew(&visit)
        try visit.insert(db)
        try AuditLog.recordCreated(visit, db, change)
        return visit
    }

    /// Saves the inspector-editable fields of a draft (everything but status, template, score).
    public static func update(_ edited: SiteVisit, _ db: Database, _ change: ChangeContext) throws -> SiteVisit {
        let old = try fetchDraft(id: edited.id, db)
        var visit = try edited.validated().validatedTypeFields()
        if visit.type != old.type { try placeFollowsType(&visit, old: old, db) }
        visit.status = old.status
        visit.completedAt = old.completedAt
        visit.reopenReason = old.reopenReason
        visit.templateId = old.templateId
        visit.templateVersion = old.templateVersion
        visit.score = old.score
        visit.riskLevel = old.riskLevel
        visit.createdBy = old.createdBy
        visit.keepDocuments(of: old)
        visit.voidedAt = old.voidedAt
        visit.voidReason = old.voidReason
        visit.voidedBy = old.voidedBy
        visit.revision = old.revision
        visit.updatedAt = old.updatedAt
        visit.changeSeq = old.changeSeq
        guard visit != old else { return old }
        if visit.date > old.date { try RecommendationStore.checkDeadlines(visitId: visit.id, visitDate: visit.date, db) }
        if visit.enterpriseId != old.enterpriseId {
            try moveRecommendations(of: visit, to: visit.enterpriseId, db, change)
        }
        try ProjectStore.checkVisit(visit, db)
        change.stampChanged(&visit, from: old)
        try visit.update(db)
        try AuditLog.recordChanges(old: old, new: visit, db, change)
        if visit.projectId != old.projectId || visit.dispatchAgency != old.dispatchAgency
            || (visit.projectId != nil && visit.enterpriseId != old.enterpriseId) {
            try DutyBinding.apply(to: visit, db, change)
        }
        // The headcount is the base of the workforce-share floors.
        if visit.employees != old.employees { try VisitScoring.refreshLive(visit, db) }
        if visit.enterpriseId != old.enterpriseId {
            try EnterpriseSummary.refresh(enterpriseId: old.enterpriseId, db)
            try EnterpriseSummary.refresh(enterpriseId: visit.enterpriseId, db)
        }
        return visit
    }

    /// A summons is held at the bureau: a visit becoming one is placed there unless a place is
    /// given; one that stops being one drops the bureau as its place (any other place stays).
    private static func placeFollowsType(_ visit: inout SiteVisit, old: SiteVisit, _ db: Database) throws {
        let bureau = try DocumentHandover.settings(db).issuerZh
        if visit.type.isHeldAtBureau, visit.place == nil {
            visit.place = bureau
        } else if !visit.type.isHeldAtBureau, old.type.isHeldAtBureau, visit.place == bureau {
            visit.place = nil
        }
    }

    /// The audit field recording that a visit was completed with gaps, and which.
    public static let completedWithGapsField = "completedWithGaps"

    /// Completes a draft: fixes its score and locks it. `acceptedGaps` are what the inspector was
    /// shown as missing and chose to lock anyway: recorded on the visit's audit trail (exported).
    public static func complete(id: String, acceptedGaps: [String] = [], _ db: Database, _ change: ChangeContext)
    throws -> SiteVisit {
        let old = try fetchDraft(id: id, db)
        var visit = old
        let assessment = try VisitScoring.assess(visit, db)
        visit.score = assessment.score
        visit.riskLevel = assessment.level
        visit.status = .completed
        visit.completedAt = change.now
        change.stampChanged(&visit, from: old)
        try visit.update(db)
        try AuditLog.recordChanges(old: old, new: visit, ignoring: SiteVisit.derivedColumns, db, change)
        if !acceptedGaps.isEmpty {
            try AuditLog.log(SiteVisit.recordType, visit.id, field: completedWithGapsField, old: nil,
                             new: acceptedGaps.joined(separator: "\n"), db, change)
        }
        try EnterpriseSummary.refresh(enterpriseId: visit.enterpriseId, db)
        return visit
    }

    /// Reopens a completed visit for editing; the reason is required and audited.
    public static func reopen(id: String, reason: String, _ db: Database, _ change: ChangeContext) throws -> SiteVisit {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw CoreError.reopenNeedsReason }
        let limit = TextLimits.limit(SiteVisit.databaseTableName, "reopenReason")
        guard TextLimits.length(reason) <= limit else {
            throw CoreError.reopenReasonTooLong(limit: limit, found: TextLimits.length(reason))
        }
        guard let old = try SiteVisit.fetchOne(db, key: id) else { throw CoreError.notFound(FieldName.visit, id: id) }
        guard !old.isVoided else { throw CoreError.recordVoided(FieldName.visit) }
        guard old.status == .completed else { throw CoreError.visitNotCompleted }
        var visit = old
        visit.status = .draft
        visit.completedAt = nil
        visit.reopenReason = reason
        try ProjectStore.checkVisit(visit, db)
        change.stampChanged(&visit, from: old)
        try visit.update(db)
        try AuditLog.recordChanges(old: old, new: visit, db, change)
        if visit.projectId != old.projectId || visit.dispatchAgency != old.dispatchAgency
            || (visit.projectId != nil && visit.enterpriseId != old.enterpriseId) {
            try DutyBinding.apply(to: visit, db, change)
        }
        try EnterpriseSummary.refresh(enterpriseId: visit.enterpriseId, db)
        return visit
    }

    /// Deletes a draft that never left this laptop, with its answers and recommendations, leaving
    /// tombstones (and audit events) for all of them. A completed visit, or a draft already
    /// exported, is refused: headquarters may hold it, so it is voided instead (`void`).
    public static func delete(id: String, _ db: Database, _ change: ChangeContext) throws {
        guard let visit = try SiteVisit.fetchOne(db, key: id) else { throw CoreError.notFound(FieldName.visit, id: id) }
        guard !visit.isVoided else { throw CoreError.recordVoided(FieldName.visit) }
        guard visit.status == .draft else { throw CoreError.voidInsteadOfDelete(FieldName.visit, exported: false) }
        guard try !ExportHistory.wasExported(visit, db) else {
            throw CoreError.voidInsteadOfDelete(FieldName.visit, exported: true)
        }
        for answer in try Answer.filter(Answer.Columns.visitId == id).fetchAll(db) {
            try AuditLog.recordDeleted(answer, db, change)
            try Tombstones.bury(answer, db, change)
        }
        for rec in try Recommendation.filter(Recommendation.Columns.visitId == id).fetchAll(db) {
            try AuditLog.recordDeleted(rec, db, change)
            try Tombstones.bury(rec, db, change)
        }
        try AttachmentRecords.buryAll(ofVisit: id, db, change)
        try VisitParticipantStore.buryAll(ofVisit: id, db, change)
        try RecommendationStore.unlinkFollowUps(of: id, db, change)
        try AuditLog.recordDeleted(visit, db, change)
        try Tombstones.bury(visit, db, change)
        try EnterpriseSummary.refresh(enterpriseId: visit.enterpriseId, db)
    }

    /// Whether `delete` would take this visit (a draft never exported); otherwise it is voided.
    public static func isDeletable(_ visit: SiteVisit, _ db: Database) throws -> Bool {
        try !visit.isVoided && visit.status == .draft && !ExportHistory.wasExported(visit, db)
    }

    /// Voids (作废) a visit entered by mistake: it stays, with who voided it, when and why, and
    /// is exported like any change (revision + 1), but counts nowhere and is never edited again.
    /// Its recommendations are voided with it, for the same reason.
    public static func void(id: String, reason: String, _ db: Database, _ change: ChangeContext) throws -> SiteVisit {
        let reason = try VoidReason.checked(reason, table: SiteVisit.databaseTableName)
        guard let old = try SiteVisit.fetchOne(db, key: id) else { throw CoreError.notFound(FieldName.visit, id: id) }
        guard !old.isVoided else { throw CoreError.recordVoided(FieldName.visit) }
        var visit = old
        visit.voidedAt = change.now
        visit.voidReason = reason
        visit.voidedBy = change.inspector?.name
        try ProjectStore.checkVisit(visit, db)
        change.stampChanged(&visit, from: old)
        try visit.update(db)
        try AuditLog.recordChanges(old: old, new: visit, db, change)
        if visit.projectId != old.projectId || visit.dispatchAgency != old.dispatchAgency
            || (visit.projectId != nil && visit.enterpriseId != old.enterpriseId) {
            try DutyBinding.apply(to: visit, db, change)
        }
        for rec in try Recommendation.filter(Recommendation.Columns.visitId == id).fetchAll(db) where !rec.isVoided {
            _ = try RecommendationStore.markVoided(rec, reason: reason, db, change)
        }
        try EnterpriseSummary.refresh(enterpriseId: visit.enterpriseId, db)
        return visit
    }

    /// The visit, refused with `visitLocked` when it is completed (`recordVoided` when voided).
    static func fetchDraft(id: String, _ db: Database) throws -> SiteVisit {
        guard let visit = try SiteVisit.fetchOne(db, key: id) else { throw CoreError.notFound(FieldName.visit, id: id) }
        guard !visit.isVoided else { throw CoreError.recordVoided(FieldName.visit) }
        guard visit.status == .draft else { throw CoreError.visitLocked(date: visit.date) }
        return visit
    }

    private static func moveRecommendations(of visit: SiteVisit, to enterpriseId: String,
                                            _ db: Database, _ change: ChangeContext) throws {
        guard try Enterprise.exists(db, key: enterpriseId) else {
            throw CoreError.notFound(FieldName.enterprise, id: enterpriseId)
        }
        for old in try Recommendation.filter(Recommendation.Columns.visitId == visit.id).fetchAll(db) {
            var rec = old
            rec.enterpriseId = enterpriseId
            change.stampChanged(&rec, from: old)
            try rec.update(db)
            try AuditLog.recordChanges(old: old, new: rec, db, change)
        }
    }
}
