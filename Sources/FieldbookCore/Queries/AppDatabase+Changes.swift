import GRDB

extension AppDatabase {
    /// The export cursor of `stream` (a zero cursor before the first export).
    public func exportCursor(_ stream: String = ExportCursor.defaultID) throws -> ExportCursor {
        let now = clock.timestamp()
        return try reader.read { db in
            try ExportCursor.fetchOne(db, key: stream) ?? ExportCursor(id: stream, updatedAt: now)
        }
    }

    /// Everything changed after `after` up to the newest change, read in one snapshot: a write
    /// that commits while an export runs has a higher number and goes out next time.
    /// Pass `through` from a previous call to re-read the same range.
    public func changes(after: Int64, through: Int64? = nil) throws -> ChangeSet {
        try reader.read { db in
            let upper = try through ?? Int64.fetchOne(db, sql: "SELECT value FROM changeSequence WHERE id = 1") ?? 0
            func fetch<R: SyncedRecord>(_ type: R.Type) throws -> [R] {
                try R.fetchAll(db, sql: """
                    SELECT * FROM \(R.databaseTableName) WHERE changeSeq > ? AND changeSeq <= ? ORDER BY changeSeq, id
                    """, arguments: [after, upper])
            }
            return ChangeSet(after: after, through: upper, inspectors: try fetch(Inspector.self),
                             enterprises: try fetch(Enterprise.self), visits: try fetch(SiteVisit.self),
                             answers: try fetch(Answer.self), recommendations: try fetch(Recommendation.self),
                             auditEvents: try fetch(AuditEvent.self), tombstones: try fetch(Tombstone.self))
        }
    }

    /// Moves the cursor after a bundle is safely written: everything up to `through` is exported.
    @discardableResult
    public func advanceExportCursor(_ stream: String = ExportCursor.defaultID, through: Int64, bundleId: String,
                                    bundleSequence: Int) throws -> ExportCursor {
        let now = clock.timestamp()
        return try writer.write { db in
            var cursor = try ExportCursor.fetchOne(db, key: stream) ?? ExportCursor(id: stream, updatedAt: now)
            let isNew = cursor.lastExportAt == nil && cursor.lastChangeSeq == 0 && cursor.bundleSequence == 0
            cursor.lastChangeSeq = max(cursor.lastChangeSeq, through)
            cursor.lastExportAt = now
            cursor.lastBundleId = bundleId
            cursor.bundleSequence = bundleSequence
            if !isNew { cursor.revision += 1 }
            cursor.updatedAt = now
            try cursor.save(db)
            return cursor
        }
    }
}
