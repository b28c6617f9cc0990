import GRDB

/// One version of a checklist template. Rows are never changed once stored: a newer version is a
/// new row, and each visit keeps the (id, version) it started with. `id` is the template's stable
/// name from its file (e.g. `employment-risk`), not a UUID.
public struct ChecklistTemplate: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public var id: String
    public var version: Int
    public var titleZh: String
    public var titleEn: String
    public var loadedAt: Timestamp
    public var revision: Int
    public var updatedAt: Timestamp

    public init(id: String, version: Int, title: Bilingual, loadedAt: Timestamp) {
        self.id = id
        self.version = version
        self.titleZh = title.zh
        self.titleEn = title.en
        self.loadedAt = loadedAt
        self.revision = 1
        self.updatedAt = loadedAt
    }

    public var title: Bilingual { Bilingual(zh: titleZh, en: titleEn) }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let version = Column(CodingKeys.version)
    }
}
