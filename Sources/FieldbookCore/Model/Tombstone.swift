import GRDB

/// What remains of a deleted record, so that the deletion reaches headquarters.
/// `id` is the deleted record's id; `revision` is the deleted record's last revision + 1.
public struct Tombstone: SyncedRecord {
    public var id: String
    public var recordType: String
    public var deletedAt: Timestamp
    public var inspectorId: String?
    public var revision: Int
    public var updatedAt: Timestamp
    public var changeSeq: Int64

    public init(id: String, recordType: String, deletedAt: Timestamp, inspectorId: String?, revision: Int) {
        self.id = id
        self.recordType = recordType
        self.deletedAt = deletedAt
        self.inspectorId = inspectorId
        self.revision = revision
        self.updatedAt = deletedAt
        self.changeSeq = 0
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let recordType = Column(CodingKeys.recordType)
        public static let changeSeq = Column(CodingKeys.changeSeq)
    }
}
