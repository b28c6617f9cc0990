import GRDB

/// Whether a record has left this laptop in a bundle: a record headquarters may hold is never
/// deleted, only voided (docs/domain-model.md, "Deleting and voiding").
///
/// A record was exported when the change that created it (its first audit event, or its own
/// change number when it has none) is within the range the export cursor has passed, or within
/// the range of a bundle that is written but not yet recorded (a pending bundle may already be
/// on a USB stick). A `day` bundle leaves the cursor where it is, so a draft sent only in one can
/// still be deleted: its tombstone then reaches headquarters as a deletion with the next bundle.
enum ExportHistory {
    static func wasExported<R: SyncedRecord>(_ record: R, _ db: Database) throws -> Bool {
        let exportedThrough = try Int64.fetchOne(db, sql: """
            SELECT MAX(value) FROM (
              SELECT lastChangeSeq AS value FROM exportCursor
              UNION ALL SELECT throughChange FROM syncPendingBundle)
            """) ?? 0
        guard exportedThrough > 0 else { return false }
        let created = try Int64.fetchOne(db, sql: "SELECT MIN(changeSeq) FROM auditEvent WHERE recordId = ?",
                                         arguments: [record.id]) ?? record.changeSeq
        return created <= exportedThrough
    }
}
