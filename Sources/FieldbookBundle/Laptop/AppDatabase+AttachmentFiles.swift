import FieldbookCore
import GRDB

extension AppDatabase {
    /// Notes that the bundle `bundleId` carries these attachment files, so later bundles do not
    /// carry them again (docs/bundle-format.md, "Attachments"). Noted once the bundle is pending:
    /// from then on it reaches its name (or is written again with the same id, carrying the same
    /// files); a pending bundle that is discarded takes its notes back.
    public func noteAttachmentFilesSent(_ sha256s: [String], bundleId: String) throws {
        guard !sha256s.isEmpty else { return }
        try writer.write { db in
            for start in stride(from: 0, to: sha256s.count, by: 500) {
                let chunk = Array(sha256s[start..<min(start + 500, sha256s.count)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
                try db.execute(sql: """
                    UPDATE attachmentFile SET exportedBundleId = ? WHERE exportedBundleId IS NULL AND sha256 IN (\(marks))
                    """, arguments: StatementArguments([bundleId] + chunk))
            }
        }
    }
}
