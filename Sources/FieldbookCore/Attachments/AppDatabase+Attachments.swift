import GRDB

extension AppDatabase {
    public func attachmentLimits() throws -> AttachmentLimits {
        try reader.read { db in try AttachmentLimits.fetch(db) }
    }

    /// Saves new limits; a limit must be at least one byte, and a file's no more than a visit's.
    public func saveAttachmentLimits(_ limits: AttachmentLimits) throws {
        guard limits.maxFileBytes > 0, limits.maxVisitBytes > 0 else { throw AttachmentError.invalidLimit }
        guard limits.maxFileBytes <= limits.maxVisitBytes else { throw AttachmentError.fileLimitAboveVisitLimit }
        try writer.write { db in try AttachmentLimits.save(limits, db) }
    }

    /// Recommendation ids starting with `prefix`, in order (for command-line prefixes).
    public func recommendationIds(prefix: String, limit: Int) throws -> [String] {
        try reader.read { db in
            try String.fetchAll(db, sql: "SELECT id FROM recommendation WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
                                arguments: [prefix, prefix + "\u{FFFF}", limit])
        }
    }
}
