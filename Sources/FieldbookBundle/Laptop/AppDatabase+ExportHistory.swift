import FieldbookCore
import Foundation
import GRDB

/// One bundle in the list of past exports: where its file went, what it held, and whether it is
/// recorded (published: the file is in place and the export counted) or still pending (written,
/// not yet recorded: an interrupted export the next export or start finishes).
public struct ExportHistoryEntry: Sendable, Equatable, Identifiable {
    public enum State: Sendable, Equatable { case published, pending }

    public var bundleId: String
    public var sequence: Int
    public var fileName: String
    public var directory: String
    public var scope: ExportScope
    /// The file's size; nil while pending (the file may not be in place yet).
    public var bytes: Int64?
    public var encrypted: Bool
    /// Lines per record file (`manifest.counts`, by `BundleFile.stem`).
    public var counts: [String: Int]
    public var createdAt: Timestamp
    public var state: State

    public var id: String { bundleId }
    public var path: String { (directory as NSString).appendingPathComponent(fileName) }

    /// The records the bundle carries (every record file but the snapshots of enterprises it only
    /// refers to, which are context, and the attachments, counted apart).
    public var records: Int {
        counts.filter { $0.key != BundleFile.referencedEnterprises.stem && $0.key != BundleFile.attachments.stem }
            .values.reduce(0, +)
    }

    public var visits: Int { counts[BundleFile.visits.stem] ?? 0 }
    public var attachments: Int { counts[BundleFile.attachments.stem] ?? 0 }

    /// Notes a recorded bundle, inside the transaction that records it.
    static func insert(_ pending: PendingBundle, bytes: Int64, recordedAt: Timestamp, stream: String, _ db: Database) throws {
        let (kind, day) = ScopeColumns.encode(pending.scope)
        let counts = String(decoding: try JSONEncoder().encode(pending.counts), as: UTF8.self)
        try db.execute(sql: """
            INSERT OR REPLACE INTO syncExportHistory (bundleId, stream, sequence, fileName, directory, scopeKind, scopeDay,
              bytes, encrypted, counts, createdAt, recordedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [pending.bundleId, stream, pending.sequence, pending.fileName, pending.directory, kind, day,
                             bytes, pending.encryptTo != nil, counts, pending.createdAt, recordedAt])
    }
}

/// How a scope is stored in `syncPendingBundle` and `syncExportHistory`.
enum ScopeColumns {
    static func encode(_ scope: ExportScope) -> (kind: String, day: String?) {
        switch scope {
        case .sinceLastExport: ("changes", nil)
        case .all: ("all", nil)
        case let .day(date): ("day", date.description)
        }
    }

    /// nil for a day that does not parse (a damaged row).
    static func decode(kind: String, day: String?) -> ExportScope? {
        switch kind {
        case "all": return .all
        case "day": return day.flatMap { LocalDate($0) }.map { .day($0) }
        default: return .sinceLastExport
        }
    }
}

extension AppDatabase {
    /// Past exports, the newest first: the pending bundle (if an export was interrupted) and then
    /// the recorded ones, at most `limit` in all.
    public func exportHistory(limit: Int = 200, stream: String = ExportCursor.defaultID) throws -> [ExportHistoryEntry] {
        var entries: [ExportHistoryEntry] = []
        if let pending = try pendingBundle(stream: stream) {
            entries.append(ExportHistoryEntry(
                bundleId: pending.bundleId, sequence: pending.sequence, fileName: pending.fileName,
                directory: pending.directory, scope: pending.scope, bytes: nil, encrypted: pending.encryptTo != nil,
                counts: pending.counts, createdAt: pending.createdAt, state: .pending))
        }
        let rows = try reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM syncExportHistory WHERE stream = ? ORDER BY sequence DESC LIMIT ?
                """, arguments: [stream, max(0, limit - entries.count)])
        }
        for row in rows {
            guard let scope = ScopeColumns.decode(kind: row["scopeKind"], day: row["scopeDay"]) else { continue }
            let counts = (try? JSONDecoder().decode([String: Int].self, from: Data((row["counts"] as String).utf8))) ?? [:]
            entries.append(ExportHistoryEntry(
                bundleId: row["bundleId"], sequence: row["sequence"], fileName: row["fileName"], directory: row["directory"],
                scope: scope, bytes: row["bytes"], encrypted: row["encrypted"], counts: counts,
                createdAt: row["createdAt"], state: .published))
        }
        return entries
    }

    /// The directory of the last recorded export: where the Export screen proposes to write next.
    public func lastExportDirectory(stream: String = ExportCursor.defaultID) throws -> String? {
        try reader.read { db in
            try String.fetchOne(db, sql: "SELECT directory FROM syncExportHistory WHERE stream = ? ORDER BY sequence DESC LIMIT 1",
                                arguments: [stream])
        }
    }
}
