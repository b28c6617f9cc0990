import GRDB

/// One changed field of a visit, answer or recommendation: who changed what, from what, to what, when.
/// Values are the stored text form (nil: no value, e.g. on creation or deletion).
public struct AuditEvent: SyncedRecord {
    public var id: String
    public var recordType: String
    public var recordId: String
    public var field: String
    public var oldValue: String?
    public var newValue: String?
    public var at: Timestamp
    public var inspectorId: String?
    public var inspectorName: String
    public var revision: Int
    public var updatedAt: Timestamp
    public var changeSeq: Int64

    public init(id: String = RecordID.make(), recordType: String, recordId: String, field: String,
                oldValue: String?, newValue: String?, at: Timestamp, inspectorId: String?, inspectorName: String) {
        self.id = id
        self.recordType = recordType
        self.recordId = recordId
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.at = at
        self.inspectorId = inspectorId
        self.inspectorName = inspectorName
        self.revision = 1
        self.updatedAt = at
        self.changeSeq = 0
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let recordType = Column(CodingKeys.recordType)
        public static let recordId = Column(CodingKeys.recordId)
        public static let field = Column(CodingKeys.field)
        public static let at = Column(CodingKeys.at)
        public static let changeSeq = Column(CodingKeys.changeSeq)
    }
}
