import FieldbookCore
import GRDB

/// How much the next default export would carry: for the dashboard and the Export screen.
public struct PendingExport: Sendable, Equatable {
    public var enterprises = 0
    public var visits = 0
    public var answers = 0
    public var recommendations = 0
    public var auditEvents = 0
    public var tombstones = 0
    public var attachments = 0
    public var lastExportAt: Timestamp?
    public var lastSequence = 0

    public var isEmpty: Bool { enterprises + visits + answers + recommendations + auditEvents + tombstones + attachments == 0 }
}

extension AppDatabase {
    /// Records changed since the last export, by type (what `fieldbook export` would send now).
    public func pendingExport(stream: String = ExportCursor.defaultID) throws -> PendingExport {
        try reader.read { db in
            let cursor = try ExportCursor.fetchOne(db, key: stream)
            let after = cursor?.lastChangeSeq ?? 0
            func pending(_ table: String) throws -> Int {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table) WHERE changeSeq > ?", arguments: [after]) ?? 0
            }
            var result = PendingExport()
            result.enterprises = try pending(Enterprise.databaseTableName)
            result.visits = try pending(SiteVisit.databaseTableName)
            result.answers = try pending(Answer.databaseTableName)
            result.recommendations = try pending(Recommendation.databaseTableName)
            result.auditEvents = try pending(AuditEvent.databaseTableName)
            result.tombstones = try pending(Tombstone.databaseTableName)
            result.attachments = try pending(Attachment.databaseTableName)
            result.lastExportAt = cursor?.lastExportAt
            result.lastSequence = cursor?.bundleSequence ?? 0
            return result
        }
    }
}
