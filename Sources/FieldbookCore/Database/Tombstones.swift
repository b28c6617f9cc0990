import GRDB

/// Deletion that leaves a tombstone carrying the record's next revision.
enum Tombstones {
    static func bury<R: SyncedRecord>(_ record: R, _ db: Database, _ change: ChangeContext) throws {
        _ = try record.delete(db)
        var stone = Tombstone(id: record.id, recordType: R.recordType, deletedAt: change.now,
                              inspectorId: change.inspector?.id, revision: record.revision + 1)
        stone.changeSeq = change.changeSeq
        try stone.save(db)
    }
}
