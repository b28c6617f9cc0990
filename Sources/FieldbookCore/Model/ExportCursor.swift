import GRDB

/// How far exports have gone: every synced record with `changeSeq` above `lastChangeSeq` has not
/// been exported yet. One row per export stream (`"default"` for the end-of-day bundle).
public struct ExportCursor: Codable, Sendable, Hashable, Identifiable, FetchableRecord, PersistableRecord {
    public static let defaultID = "default"

    public var id: String
    public var lastChangeSeq: Int64
    public var lastExportAt: Timestamp?
    public var lastBundleId: String?
    /// The per-device bundle sequence number of the last export (0: none yet).
    public var bundleSequence: Int
    public var revision: Int
    public var updatedAt: Timestamp

    public init(id: String = ExportCursor.defaultID, lastChangeSeq: Int64 = 0, lastExportAt: Timestamp? = nil,
                lastBundleId: String? = nil, bundleSequence: Int = 0, updatedAt: Timestamp) {
        self.id = id
        self.lastChangeSeq = lastChangeSeq
        self.lastExportAt = lastExportAt
        self.lastBundleId = lastBundleId
        self.bundleSequence = bundleSequence
        self.revision = 1
        self.updatedAt = updatedAt
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let lastChangeSeq = Column(CodingKeys.lastChangeSeq)
        public static let lastExportAt = Column(CodingKeys.lastExportAt)
    }
}
