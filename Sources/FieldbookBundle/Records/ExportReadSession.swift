import FieldbookCore
import Foundation
import GRDB

/// One read transaction over the records an export sends: every query sees the same snapshot,
/// so a record edited while a bundle is being written is either wholly in it or wholly in the
/// next one. Records are streamed with cursors, so a full export needs little memory.
/// Valid only inside `AppDatabase.readForExport`.
public final class ExportReadSession {
    public let header: ExportHeader
    public let scope: ExportScope
    private let db: Database
    /// For a day's bundle: the day's first instant and the next day's, as stored text (UTC).
    private let dayInstants: (start: String, end: String)?

    init(db: Database, header: ExportHeader, scope: ExportScope, timeZone: TimeZone) {
        self.db = db
        self.header = header
        self.scope = scope
        if case let .day(date) = scope {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            let start = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
            let end = calendar.date(byAdding: .day, value: 1, to: start)!
            dayInstants = (Timestamp(start).iso8601, Timestamp(end).iso8601)
        } else {
            dayInstants = nil
        }
    }

    /// Enterprises created or changed on this device in range (layout `changedEnterprise`), each
    /// with `baseRevision`, the revision it had when last received from headquarters (absent:
    /// created here or never received).
    public func forEachChangedEnterprise(_ body: (LineValues) throws -> Void) throws {
        guard scope.advancesCursor else { return }
        let columns = RecordLayout.changedEnterprise.fields.map {
            $0.name == "baseRevision" ? "syncBaseline.revision" : "enterprise." + $0.name
        }
        try forEachRow(.changedEnterprise, sql: """
            SELECT \(columns.joined(separator: ", ")) FROM enterprise
            LEFT JOIN syncBaseline ON syncBaseline.recordId = enterprise.id
            WHERE enterprise.changeSeq > ? AND enterprise.changeSeq <= ? ORDER BY enterprise.changeSeq, enterprise.id
            """, arguments: [header.after, header.through], body)
    }

    /// The lines of one record file the bundle carries, oldest change first, read straight from
    /// the table in the bundle's form (no model values in between).
    public func forEachLine(_ layout: RecordLayout, _ body: (LineValues) throws -> Void) throws {
        let computed = layout == .project ? RecordLayout.computedProjectFields : [:]
        let columns = layout.fields.map { field in
            computed[field.name].map { "\($0) AS \(field.name)" } ?? field.name
        }.joined(separator: ", ")
        try forEachRow(layout, sql: query(for: layout.table, columns: columns), arguments: arguments(for: layout.table),
                       body)
    }

    /// The enterprises with these ids (layout `enterprise`), by id: a self-contained bundle's
    /// reference snapshots.
    public func enterpriseLines(ids: Set<String>) throws -> [LineValues] {
        var result: [LineValues] = []
        let sorted = ids.sorted()
        let columns = RecordLayout.enterprise.fields.map(\.name).joined(separator: ", ")
        for start in stride(from: 0, to: sorted.count, by: 500) {
            let chunk = Array(sorted[start..<min(start + 500, sorted.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            try forEachRow(.enterprise, sql: "SELECT \(columns) FROM enterprise WHERE id IN (\(marks)) ORDER BY id",
                           arguments: StatementArguments(chunk)) { result.append($0) }
        }
        return result
    }

    /// The projects with these ids (layout `project`), by id: the projects a bundle's visits are
    /// about that it does not carry as changed, marked `reference` (headquarters files them only
    /// when it has none).
    public func projectLines(ids: Set<String>) throws -> [LineValues] {
        var result: [LineValues] = []
        let sorted = ids.sorted()
        let snapshot = ["reference": "1", "baseRevision": "NULL"]
        let columns = RecordLayout.project.fields.map { field in snapshot[field.name].map { "\($0) AS \(field.name)" } ?? field.name }
            .joined(separator: ", ")
        for start in stride(from: 0, to: sorted.count, by: 500) {
            let chunk = Array(sorted[start..<min(start + 500, sorted.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            try forEachRow(.project, sql: "SELECT \(columns) FROM project WHERE id IN (\(marks)) ORDER BY id",
                           arguments: StatementArguments(chunk)) { result.append($0) }
        }
        return result
    }

    private func forEachRow(_ layout: RecordLayout, sql: String, arguments: StatementArguments,
                            _ body: (LineValues) throws -> Void) throws {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments)
        let count = layout.fields.count
        while let row = try rows.next() {
            try body(LineValues(layout: layout, values: (0..<count).map { row[$0] }))
        }
    }

    /// The records of one type the bundle carries, oldest change first.
    public func forEach<R: SyncedRecord>(_ type: R.Type, _ body: (R) throws -> Void) throws {
        let cursor = try R.fetchCursor(db, sql: query(for: R.databaseTableName, columns: "*"),
                                     arguments: arguments(for: R.databaseTableName))
        while let record = try cursor.next() { try body(record) }
    }

    /// Of the attachment files these records name, the ones the bundle carries: those no bundle
    /// has carried yet (or the one being written again, `bundleId`), every one for `all`, which
    /// re-sends everything. SHA-256 and size, in SHA-256 order.
    public func attachmentFiles(named sha256s: Set<String>, bundleId: String) throws -> [(sha256: String, size: Int64)] {
        var result: [(String, Int64)] = []
        let sorted = sha256s.sorted()
        for start in stride(from: 0, to: sorted.count, by: 500) {
            let chunk = Array(sorted[start..<min(start + 500, sorted.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            let condition = scope == .all ? "" : "AND (exportedBundleId IS NULL OR exportedBundleId = ?)"
            let rows = try Row.fetchAll(db, sql: """
                SELECT sha256, size FROM attachmentFile WHERE sha256 IN (\(marks)) \(condition) ORDER BY sha256
                """, arguments: StatementArguments(chunk + (scope == .all ? [] : [bundleId])))
            result += rows.map { ($0["sha256"], $0["size"]) }
        }
        return result
    }

    /// How many records of one type the bundle carries (for progress).
    public func count<R: SyncedRecord>(_ type: R.Type) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(query(for: R.databaseTableName, columns: "id")))",
                         arguments: arguments(for: R.databaseTableName)) ?? 0
    }

    public func countChangedEnterprises() throws -> Int {
        guard scope.advancesCursor else { return 0 }
        return try Enterprise.filter(Enterprise.Columns.changeSeq > header.after && Enterprise.Columns.changeSeq <= header.through)
            .fetchCount(db)
    }

    private func arguments(for table: String) -> StatementArguments {
        switch scope {
        case .sinceLastExport, .all: [header.after, header.through]
        case .day where table == Tombstone.databaseTableName: [dayInstants?.start, dayInstants?.end]
        case let .day(date): [date.description]
        }
    }

    private func query(for table: String, columns: String) -> String {
        switch scope {
        case .sinceLastExport, .all:
            return "SELECT \(columns) FROM \(table) WHERE changeSeq > ? AND changeSeq <= ? ORDER BY changeSeq, id"
        case .day:
            let visits = "SELECT id FROM siteVisit WHERE date = ?1"
            switch table {
            case SiteVisit.databaseTableName: return "SELECT \(columns) FROM siteVisit WHERE date = ?1 ORDER BY changeSeq, id"
            case Answer.databaseTableName, Recommendation.databaseTableName, Attachment.databaseTableName,
                 VisitParticipant.databaseTableName:
                return "SELECT \(columns) FROM \(table) WHERE visitId IN (\(visits)) ORDER BY changeSeq, id"
            case AuditEvent.databaseTableName:
                return """
                    SELECT \(columns) FROM auditEvent WHERE recordId IN (\(visits))
                       OR recordId IN (SELECT id FROM answer WHERE visitId IN (\(visits)))
                       OR recordId IN (SELECT id FROM recommendation WHERE visitId IN (\(visits)))
                       OR recordId IN (SELECT id FROM attachment WHERE visitId IN (\(visits)))
                       OR recordId IN (SELECT id FROM visitParticipant WHERE visitId IN (\(visits)))
                    ORDER BY changeSeq, id
                    """
            case Tombstone.databaseTableName:
                // Deletions made on that day, by the inspector's clock.
                return "SELECT \(columns) FROM tombstone WHERE deletedAt >= ? AND deletedAt < ? ORDER BY changeSeq, id"
            default: return "SELECT \(columns) FROM \(table) WHERE ?1 IS NULL"
            }
        }
    }
}

extension AppDatabase {
    /// Runs `body` on one consistent snapshot of what `scope` exports.
    /// `through` overrides the snapshot's high-water mark: a pending bundle written again covers
    /// the range it was first written with (records changed since then go in the next bundle).
    public func readForExport<T>(scope: ExportScope, stream: String = ExportCursor.defaultID, through fixedThrough: Int64? = nil,
                                 _ body: (ExportReadSession) throws -> T) throws -> T {
        return try reader.read { db in
            guard let inspector = try Inspector.currentInspector(db),
                  let device = try DeviceIdentity.order(DeviceIdentity.Columns.createdAt).fetchOne(db) else {
                throw CoreError.notInitialized
            }
            let cursor = try ExportCursor.fetchOne(db, key: stream)
            let through = try fixedThrough ?? Int64.fetchOne(db, sql: "SELECT value FROM changeSequence WHERE id = 1") ?? 0
            let after: Int64 = scope == .sinceLastExport ? (cursor?.lastChangeSeq ?? 0) : 0
            let header = ExportHeader(after: after, through: through, deviceId: device.id, inspector: inspector,
                                      sequence: (cursor?.bundleSequence ?? 0) + 1, previousBundleId: cursor?.lastBundleId)
            return try body(ExportReadSession(db: db, header: header, scope: scope, timeZone: clock.timeZone))
        }
    }

    /// Records a bundle that is safely on disk: its id and sequence number, and (for scopes that
    /// advance it) the cursor moved to the snapshot's high-water mark — all in one transaction.
    /// Refused when another export recorded the same sequence number first.
    /// The pending bundle with this id, if any, is cleared in the same transaction.
    public func recordExport(header: ExportHeader, scope: ExportScope, bundleId: String,
                             stream: String = ExportCursor.defaultID) throws {
        try recordExport(sequence: header.sequence, through: header.through, scope: scope, bundleId: bundleId,
                         stream: stream)
    }

    /// Records a pending bundle whose file is in place (found there, or written again), and lists
    /// it among the past exports with the file's size (`bytes`).
    public func recordExport(of pending: PendingBundle, bytes: Int64, stream: String = ExportCursor.defaultID) throws {
        try recordExport(sequence: pending.sequence, through: pending.through, scope: pending.scope,
                         bundleId: pending.bundleId, stream: stream) { db, now in
            try ExportHistoryEntry.insert(pending, bytes: bytes, recordedAt: now, stream: stream, db)
        }
    }

    private func recordExport(sequence: Int, through: Int64, scope: ExportScope, bundleId: String,
                              stream: String, also: ((Database, Timestamp) throws -> Void)? = nil) throws {
        let now = clock.timestamp()
        try writer.write { db in
            try also?(db, now)
            var cursor = try ExportCursor.fetchOne(db, key: stream) ?? ExportCursor(id: stream, updatedAt: now)
            guard cursor.bundleSequence == sequence - 1 else { throw SyncError.exportRaced }
            let isNew = cursor.bundleSequence == 0 && cursor.lastExportAt == nil
            if scope.advancesCursor { cursor.lastChangeSeq = max(cursor.lastChangeSeq, through) }
            cursor.lastExportAt = now
            cursor.lastBundleId = bundleId
            cursor.bundleSequence = sequence
            if !isNew { cursor.revision += 1 }
            cursor.updatedAt = now
            try cursor.save(db)
            try db.execute(sql: "DELETE FROM syncPendingBundle WHERE stream = ? AND bundleId = ?",
                           arguments: [stream, bundleId])
        }
    }
}
