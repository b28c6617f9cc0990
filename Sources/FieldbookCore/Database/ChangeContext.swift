import GRDB

/// What one write transaction stamps on the records it changes: the instant, the change sequence
/// number (one per transaction, from the `changeSequence` counter), and the acting inspector for
/// the audit log.
public struct ChangeContext: Sendable {
    public let now: Timestamp
    public let today: LocalDate
    public let changeSeq: Int64
    public let inspector: Inspector?

    package init(_ db: Database, clock: AppClock) throws {
        self.now = clock.timestamp()
        self.today = clock.today()
        // Cached statements: HQ takes one context per imported bundle (docs/performance.md).
        try db.cachedStatement(sql: "UPDATE changeSequence SET value = value + 1 WHERE id = 1").execute()
        self.changeSeq = try Int64.fetchOne(db.cachedStatement(sql: "SELECT value FROM changeSequence WHERE id = 1"))!
        self.inspector = try Inspector.currentInspector(db)
    }

    /// Stamps a new record: revision 1.
    package func stampNew<R: SyncedRecord>(_ record: inout R) {
        record.revision = 1
        record.updatedAt = now
        record.changeSeq = changeSeq
    }

    /// Stamps a changed record: the next revision after `old`.
    package func stampChanged<R: SyncedRecord>(_ record: inout R, from old: R) {
        record.revision = old.revision + 1
        record.updatedAt = now
        record.changeSeq = changeSeq
    }
}
