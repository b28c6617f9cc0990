import GRDB

/// The person who uses this database (created by `fieldbook init`).
public struct Inspector: SyncedRecord {
    public var id: String
    public var name: String
    public var district: String
    public var language: Language
    public var revision: Int
    public var updatedAt: Timestamp
    public var changeSeq: Int64

    public init(id: String = RecordID.make(), name: String, district: String = "", language: Language = .zh) {
        self.id = id
        self.name = name
        self.district = district
        self.language = language
        self.revision = 1
        self.updatedAt = Timestamp(.distantPast)
        self.changeSeq = 0
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let name = Column(CodingKeys.name)
        public static let district = Column(CodingKeys.district)
        public static let language = Column(CodingKeys.language)
        public static let revision = Column(CodingKeys.revision)
        public static let updatedAt = Column(CodingKeys.updatedAt)
        public static let changeSeq = Column(CodingKeys.changeSeq)
    }
}

extension Language: DatabaseValueConvertible {}

/// Read column by column: the interface reads the inspector before its first frame, where
/// GRDB's Codable row decoding paid the Swift runtime's first-use type look-ups (as
/// `Enterprise.init(row:)` does for lists, docs/performance.md). Bad values still throw.
extension Inspector {
    public init(row: Row) throws {
        typealias C = Columns
        id = try row.decode(forColumn: C.id)
        name = try row.decode(forColumn: C.name)
        district = try row.decode(forColumn: C.district)
        language = try row.decode(forColumn: C.language)
        revision = try row.decode(forColumn: C.revision)
        updatedAt = try row.decode(forColumn: C.updatedAt)
        changeSeq = try row.decode(forColumn: C.changeSeq)
    }
}
