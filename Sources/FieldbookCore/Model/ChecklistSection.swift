import GRDB

/// A section of a template version (e.g. `LC` 劳动合同).
public struct ChecklistSection: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public var templateId: String
    public var templateVersion: Int
    public var code: String
    public var position: Int
    public var titleZh: String
    public var titleEn: String

    public init(templateId: String, templateVersion: Int, code: String, position: Int, title: Bilingual) {
        self.templateId = templateId
        self.templateVersion = templateVersion
        self.code = code
        self.position = position
        self.titleZh = title.zh
        self.titleEn = title.en
    }

    public var title: Bilingual { Bilingual(zh: titleZh, en: titleEn) }

    public enum Columns {
        public static let templateId = Column(CodingKeys.templateId)
        public static let templateVersion = Column(CodingKeys.templateVersion)
        public static let code = Column(CodingKeys.code)
        public static let position = Column(CodingKeys.position)
    }
}
