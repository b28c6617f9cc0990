import GRDB

/// Attachment writes at the `Database` level, inside the caller's transaction: the rows for files
/// already in the store, detaching, and what deleting a draft visit does to its attachments.
public enum AttachmentRecords {
    /// The audit field that holds a detachment's reason.
    public static let detachReasonField = "detachReason"

    /// Records `files` (already in the store under their SHA-256) as attached to `target` of the
    /// visit, after checking the target, the texts and the per-visit limit. All or nothing.
    static func insert(_ files: [StagedFile], visitId: String, target: AttachmentTarget, caption: String,
                       limits: AttachmentLimits, _ db: Database, _ change: ChangeContext) throws -> [Attachment] {
        guard let visit = try SiteVisit.fetchOne(db, key: visitId) else { throw CoreError.notFound(FieldName.visit, id: visitId) }
        // A voided visit (作废) is read-only: nothing more is attached to it.
        guard !visit.isVoided else { throw CoreError.recordVoided(FieldName.visit) }
        var itemCode: String?
        var recommendationId: String?
        switch target {
        case .visit: break
        case let .item(code):
            guard try ChecklistItem.exists(db, key: ["templateId": visit.templateId,
                                                     "templateVersion": visit.templateVersion, "code": code]) else {
                throw CoreError.unknownItem(code: code, template: "\(visit.templateId) v\(visit.templateVersion)")
            }
            itemCode = code
        case let .recommendation(id):
            guard let rec = try Recommendation.fetchOne(db, key: id) else {
                throw CoreError.notFound(FieldName.recommendation, id: id)
            }
            guard rec.enterpriseId == visit.enterpriseId else { throw AttachmentError.recommendationOfOtherEnterprise(id: id) }
            recommendationId = id
        }
        let caption = caption.trimmingCharacters(in: .whitespacesAndNewlines)
        try checkLength(caption, field: "caption", name: Bilingual(zh: "说明", en: "the caption"))
        var total = try Int64.fetchOne(db, sql: """
            SELECT COALESCE(SUM(size), 0) FROM attachment WHERE visitId = ? AND detachedAt IS NULL
            """, arguments: [visitId]) ?? 0
        var result: [Attachment] = []
        for file in files {
            try checkLength(file.originalName, field: "originalName", name: Bilingual(zh: "文件名", en: "the file name"))
            let duplicate = try Attachment
                .filter(Attachment.Columns.visitId == visitId && Attachment.Columns.sha256 == file.sha256
                        && Attachment.Columns.itemCode == itemCode && Attachment.Columns.recommendationId == recommendationId
                        && Attachment.Columns.detachedAt == nil)
                .fetchCount(db) > 0 || result.contains { $0.sha256 == file.sha256 }
            if duplicate { throw AttachmentError.alreadyAttached(name: file.originalName) }
            total += file.size
            guard total <= limits.maxVisitBytes else {
                throw AttachmentError.visitLimit(name: file.originalName, total: total, limit: limits.maxVisitBytes)
            }
            try db.execute(sql: "INSERT OR IGNORE INTO attachmentFile (sha256, size, storedAt) VALUES (?, ?, ?)",
                           arguments: [file.sha256, file.size, change.now])
            var attachment = Attachment(visitId: visitId, itemCode: itemCode, recommendationId: recommendationId,
                                        sha256: file.sha256, originalName: file.originalName, size: file.size,
                                        mediaType: file.mediaType, caption: caption, capturedAt: file.capturedAt,
                                        attachedAt: change.now, attachedBy: change.inspector?.id,
                                        attachedByName: change.inspector?.name ?? "")
            change.stampNew(&attachment)
            try attachment.insert(db)
            try AuditLog.recordCreated(attachment, db, change)
            result.append(attachment)
        }
        return result
    }

    /// Detaches with a reason: the record stays (its revision moves on, so the detachment is
    /// exported), and the reason is audited beside the changed fields.
    public static func detach(id: String, reason: String, _ db: Database, _ change: ChangeContext) throws -> Attachment {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw AttachmentError.detachNeedsReason }
        try checkLength(reason, field: "detachReason", name: Bilingual(zh: "移除原因", en: "the reason"))
        guard let old = try Attachment.fetchOne(db, key: id) else { throw AttachmentError.notFound(id: id) }
        guard !old.isDetached else { throw AttachmentError.alreadyDetached(id: id) }
        var attachment = old
        attachment.detachedAt = change.now
        attachment.detachReason = reason
        change.stampChanged(&attachment, from: old)
        try attachment.update(db)
        try AuditLog.recordChanges(old: old, new: attachment, ignoring: [detachReasonField], db, change)
        try AuditLog.log(Attachment.recordType, id, field: detachReasonField, old: nil, new: reason, db, change)
        return attachment
    }

    /// Before a draft visit is deleted: its attachments go too, each leaving a tombstone (the
    /// files go with the next clean-up once that is exported).
    static func buryAll(ofVisit visitId: String, _ db: Database, _ change: ChangeContext) throws {
        for attachment in try Attachment.filter(Attachment.Columns.visitId == visitId).fetchAll(db) {
            try AuditLog.recordDeleted(attachment, db, change)
            try Tombstones.bury(attachment, db, change)
        }
    }

    private static func checkLength(_ text: String, field: String, name: Bilingual) throws {
        let limit = TextLimits.limit(Attachment.databaseTableName, field)
        let length = TextLimits.length(text)
        if length > limit {
            throw AttachmentError.textTooLong(field: name, limit: limit, found: length)
        }
    }
}
