import GRDB

/// One read transaction over the records an export sends: every query sees the same snapshot,
/// so a record edited while a bundle is being written is either wholly in it or wholly in the
/// next one. Records are streamed with cursors, so a full export needs little memory.
/// Valid only inside `AppDatabase.readForExport`.
public final class ExportReadSession {
    public let header: ExportHeader
    public let scope: ExportScope
    private let db: Database

    init(db: Database, header: ExportHeader, scope: ExportScope) {
        self.db = db
        self.header = header
        self.scope = scope
    }

    /// Enterprises created or changed on this device in range, each with the revision it had
    /// when last received from headquarters (nil: created here or never received).
    public func forEachChangedEnterprise(_ body: (Enterprise, Int?) throws -> Void) throws {
        guard scope.advancesCursor else { return }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT enterprise.*, syncBaseline.revision AS syncBaseRevision FROM enterprise
            LEFT JOIN syncBaseline ON syncBaseline.recordId = enterprise.id
            WHERE enterprise.changeSeq > ? AND enterprise.changeSeq <= ? ORDER BY enterprise.changeSeq, enterprise.id
            """, arguments: [header.after, header.through])
        while let row = try rows.next() {
            try body(Enterprise(row: row), row["syncBaseRevision"])
        }
    }

    /// The records of one type the bundle carries, oldest change first.
    public func forEach<R: SyncedRecord>(_ type: R.Type, _ body: (R) throws -> Void) throws {
        let cursor = try R.fetchCursor(db, sql: query(for: R.databaseTableName), arguments: arguments)
        while let record = try cursor.next() { try body(record) }
    }

    /// How many records of one type the bundle carries (for progress).
    public func count<R: SyncedRecord>(_ type: R.Type) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(query(for: R.databaseTableName)))", arguments: arguments) ?? 0
    }

    public func countChangedEnterprises() throws -> Int {
        guard scope.advancesCursor else { return 0 }
        return try Enterprise.filter(Enterprise.Columns.changeSeq > header.after && Enterprise.Columns.changeSeq <= header.through)
            .fetchCount(db)
    }

    /// The enterprises with these ids, as a self-contained bundle's reference snapshots.
    public func enterprises(ids: Set<String>) throws -> [Enterprise] {
        var result: [Enterprise] = []
        let sorted = ids.sorted()
        for start in stride(from: 0, to: sorted.count, by: 500) {
            let chunk = Array(sorted[start..<min(start + 500, sorted.count)])
            result += try Enterprise.filter(keys: chunk).fetchAll(db)
        }
        return result.sorted { $0.id < $1.id }
    }

    private var arguments: StatementArguments {
        switch scope {
        case .sinceLastExport, .all: [header.after, header.through]
        case let .day(date): [date.description]
        }
    }

    private func query(for table: String) -> String {
        switch scope {
        case .sinceLastExport, .all:
            return "SELECT * FROM \(table) WHERE changeSeq > ? AND changeSeq <= ? ORDER BY changeSeq, id"
        case .day:
            let visits = "SELECT id FROM siteVisit WHERE date = ?1"
            switch table {
            case SiteVisit.databaseTableName: return "SELECT * FROM siteVisit WHERE date = ?1 ORDER BY changeSeq, id"
            case Answer.databaseTableName, Recommendation.databaseTableName:
                return "SELECT * FROM \(table) WHERE visitId IN (\(visits)) ORDER BY changeSeq, id"
            case AuditEvent.databaseTableName:
                return """
                    SELECT * FROM auditEvent WHERE recordId IN (\(visits))
                       OR recordId IN (SELECT id FROM answer WHERE visitId IN (\(visits)))
                       OR recordId IN (SELECT id FROM recommendation WHERE visitId IN (\(visits)))
                    ORDER BY changeSeq, id
                    """
            default: return "SELECT * FROM \(table) WHERE ?1 IS NULL"
            }
        }
    }
}

extension AppDatabase {
    /// Runs `body` on one consistent snapshot of what `scope` exports.
    public func readForExport<T>(scope: ExportScope, stream: String = ExportCursor.defaultID,
                                 _ body: (ExportReadSession) throws -> T) throws -> T {
        try prepareSync()
        return try reader.read { db in
            guard let inspector = try Inspector.currentInspector(db),
                  let device = try DeviceIdentity.order(DeviceIdentity.Columns.createdAt).fetchOne(db) else {
                throw CoreError.notInitialized
            }
            let cursor = try ExportCursor.fetchOne(db, key: stream)
            let through = try Int64.fetchOne(db, sql: "SELECT value FROM changeSequence WHERE id = 1") ?? 0
            let after: Int64 = scope == .sinceLastExport ? (cursor?.lastChangeSeq ?? 0) : 0
            let header = ExportHeader(after: after, through: through, deviceId: device.id, inspector: inspector,
                                      sequence: (cursor?.bundleSequence ?? 0) + 1, previousBundleId: cursor?.lastBundleId)
            return try body(ExportReadSession(db: db, header: header, scope: scope))
        }
    }

    /// Records a bundle that is safely on disk: its id and sequence number, and (for scopes that
    /// advance it) the cursor moved to the snapshot's high-water mark — all in one transaction.
    /// Refused when another export recorded the same sequence number first.
    public func recordExport(header: ExportHeader, scope: ExportScope, bundleId: String,
                             stream: String = ExportCursor.defaultID) throws {
        let now = clock.timestamp()
        try writer.write { db in
            var cursor = try ExportCursor.fetchOne(db, key: stream) ?? ExportCursor(id: stream, updatedAt: now)
            guard cursor.bundleSequence == header.sequence - 1 else { throw SyncError.exportRaced }
            let isNew = cursor.bundleSequence == 0 && cursor.lastExportAt == nil
            if scope.advancesCursor { cursor.lastChangeSeq = max(cursor.lastChangeSeq, header.through) }
            cursor.lastExportAt = now
            cursor.lastBundleId = bundleId
            cursor.bundleSequence = header.sequence
            if !isNew { cursor.revision += 1 }
            cursor.updatedAt = now
            try cursor.save(db)
        }
    }
}
