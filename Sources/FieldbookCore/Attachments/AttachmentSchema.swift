import GRDB

/// `attachments-v1`: evidence files (docs/attachments.md).
/// - `attachment`: one synced record per attached file (exported in bundles, see
///   docs/bundle-format.md). No foreign key to `recommendation`: the one proved may belong to an
///   earlier visit that headquarters receives in another bundle; the store checks it exists.
/// - `attachmentFile`: the content-addressed files present in the store beside the database
///   (local bookkeeping, never exported): SHA-256, size, and the bundle that first carried the file
///   (nil until one has), so each file travels once. At headquarters, the bundle it came in.
/// - `attachmentSetting`: the limits (one row; absent means `AttachmentLimits.standard`).
enum AttachmentSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "attachment") { t in
            t.primaryKey("id", .text)
            t.column("visitId", .text).notNull().indexed().references("siteVisit", onDelete: .cascade)
            t.column("itemCode", .text)
            t.column("recommendationId", .text).indexed()
            t.column("sha256", .text).notNull().indexed()
            t.column("originalName", .text).notNull()
            t.column("size", .integer).notNull().check { $0 >= 0 }
            t.column("mediaType", .text).notNull()
            t.column("caption", .text).notNull().defaults(to: "")
            t.column("capturedAt", .text)
            t.column("attachedAt", .text).notNull()
            t.column("attachedBy", .text)
            t.column("attachedByName", .text).notNull().defaults(to: "")
            t.column("detachedAt", .text)
            t.column("detachReason", .text)
            t.column("revision", .integer).notNull()
            t.column("updatedAt", .text).notNull()
            t.column("changeSeq", .integer).notNull().indexed()
        }
        try db.create(table: "attachmentFile") { t in
            t.primaryKey("sha256", .text)
            t.column("size", .integer).notNull()
            t.column("storedAt", .text).notNull()
            t.column("exportedBundleId", .text)
        }
        try db.create(table: "attachmentSetting") { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("maxFileBytes", .integer).notNull()
            t.column("maxVisitBytes", .integer).notNull()
        }
    }
}
