import GRDB

/// This installation: a UUID made once at `init`, the inspector using it, and the device's
/// Ed25519 public key (base64) and private-key file, which the sync module fills in.
public struct DeviceIdentity: Codable, Sendable, Hashable, Identifiable, FetchableRecord, PersistableRecord {
    public var id: String
    public var inspectorId: String
    public var createdAt: Timestamp
    public var publicKey: String?
    public var keyFile: String?
    public var revision: Int
    public var updatedAt: Timestamp

    public init(id: String = RecordID.make(), inspectorId: String, createdAt: Timestamp) {
        self.id = id
        self.inspectorId = inspectorId
        self.createdAt = createdAt
        self.publicKey = nil
        self.keyFile = nil
        self.revision = 1
        self.updatedAt = createdAt
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let inspectorId = Column(CodingKeys.inspectorId)
        public static let createdAt = Column(CodingKeys.createdAt)
        public static let publicKey = Column(CodingKeys.publicKey)
        public static let keyFile = Column(CodingKeys.keyFile)
        public static let revision = Column(CodingKeys.revision)
        public static let updatedAt = Column(CodingKeys.updatedAt)
    }
}
