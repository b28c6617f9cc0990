import GRDB

/// How much may be attached: per file and per visit (the sum of the sizes of a visit's attached,
/// not detached, files). Kept in the database beside the document settings (table
/// `attachmentSetting`, local to this device, never exported); `fieldbook attachment-settings`
/// shows and changes them. Megabytes are decimal (1 MB = 1,000,000 bytes), as file managers show.
public struct AttachmentLimits: Sendable, Equatable, Codable {
    public var maxFileBytes: Int64
    public var maxVisitBytes: Int64

    public static let megabyte: Int64 = 1_000_000
    public static let standard = AttachmentLimits(maxFileBytes: 25 * megabyte, maxVisitBytes: 200 * megabyte)

    public init(maxFileBytes: Int64, maxVisitBytes: Int64) {
        self.maxFileBytes = maxFileBytes
        self.maxVisitBytes = maxVisitBytes
    }

    static func fetch(_ db: Database) throws -> AttachmentLimits {
        guard let row = try Row.fetchOne(db, sql: "SELECT maxFileBytes, maxVisitBytes FROM attachmentSetting WHERE id = 1")
        else { return .standard }
        return AttachmentLimits(maxFileBytes: row["maxFileBytes"], maxVisitBytes: row["maxVisitBytes"])
    }

    static func save(_ limits: AttachmentLimits, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO attachmentSetting (id, maxFileBytes, maxVisitBytes) VALUES (1, ?, ?)
            ON CONFLICT(id) DO UPDATE SET maxFileBytes = excluded.maxFileBytes, maxVisitBytes = excluded.maxVisitBytes
            """, arguments: [limits.maxFileBytes, limits.maxVisitBytes])
    }

    /// `bytes` as people read it: "25 MB", "1.5 MB", "800 KB", "12 bytes".
    public static func describe(_ bytes: Int64) -> String {
        if bytes >= megabyte {
            let tenths = (bytes * 10 + megabyte / 2) / megabyte
            return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
        }
        if bytes >= 1000 { return "\((bytes + 500) / 1000) KB" }
        return "\(bytes) bytes"
    }
}
