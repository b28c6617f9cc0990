import FieldbookCore
import Foundation
import GRDB

extension AppDatabase {
    /// The bundle an interrupted export left between publishing and recording, if any.
    public func pendingBundle(stream: String = ExportCursor.defaultID) throws -> PendingBundle? {
        return try writer.writeWithoutTransaction { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM syncPendingBundle WHERE stream = ?",
                                             arguments: [stream]) else { return nil }
            guard let scope = ScopeColumns.decode(kind: row["scopeKind"], day: row["scopeDay"]) else { return nil }
            return PendingBundle(
                bundleId: row["bundleId"], sequence: row["sequence"], fileName: row["fileName"], directory: row["directory"],
                sha256: row["sha256"], scope: scope, after: row["afterChange"], through: row["throughChange"],
                previousBundleId: row["previousBundleId"], createdAt: row["createdAt"], encryptTo: row["encryptTo"],
                counts: (try? JSONDecoder().decode([String: Int].self, from: Data((row["counts"] as String).utf8))) ?? [:])
        }
    }

    /// Notes `pending` before its file is published (replacing an earlier note for the same
    /// bundle, e.g. with a new hash when it is written again). Refused when the sequence number
    /// is no longer the next one, or another bundle is pending.
    public func savePendingBundle(_ pending: PendingBundle, stream: String = ExportCursor.defaultID) throws {
        let now = clock.timestamp()
        let counts = String(decoding: try JSONEncoder().encode(pending.counts), as: UTF8.self)
        try writer.write { db in
            let cursor = try ExportCursor.fetchOne(db, key: stream)
            guard (cursor?.bundleSequence ?? 0) == pending.sequence - 1 else { throw SyncError.exportRaced }
            if let other = try String.fetchOne(db, sql: "SELECT bundleId FROM syncPendingBundle WHERE stream = ?",
                                               arguments: [stream]), other != pending.bundleId {
                throw SyncError.exportRaced
            }
            let (kind, day) = ScopeColumns.encode(pending.scope)
            try db.execute(sql: """
                INSERT OR REPLACE INTO syncPendingBundle (stream, bundleId, sequence, fileName, directory, sha256,
                  scopeKind, scopeDay, afterChange, throughChange, previousBundleId, createdAt, encryptTo, counts, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [stream, pending.bundleId, pending.sequence, pending.fileName, pending.directory,
                                 pending.sha256, kind, day, pending.after, pending.through, pending.previousBundleId,
                                 pending.createdAt, pending.encryptTo, counts, now])
        }
    }

    /// Forgets a pending bundle whose file was never published (its name was taken).
    public func discardPendingBundle(_ bundleId: String, stream: String = ExportCursor.defaultID) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM syncPendingBundle WHERE stream = ? AND bundleId = ?",
                           arguments: [stream, bundleId])
            // Its attachment files never went out: the next bundle carries them.
            try db.execute(sql: "UPDATE attachmentFile SET exportedBundleId = NULL WHERE exportedBundleId = ?",
                           arguments: [bundleId])
        }
    }
}
