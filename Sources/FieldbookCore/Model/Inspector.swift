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
