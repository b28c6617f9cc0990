import GRDB

/// One item of a template version, with a stable code (e.g. `LC-01`) that answers refer to.
public struct ChecklistItem: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public var templateId: String
    public var templateVersion: Int
    public var sectionCode: String
    public var code: String
    public var position: Int
    public var labelZh: String
    public var labelEn: String
    public var guidanceZh: String
    public var guidanceEn: String
    public var legalBasisZh: String
    public var legalBasisEn: String
    /// 1...3: how much a non-compliance counts in the score.
    public var weight: Int
    /// A non-compliant critical item makes the visit's risk major.
    public var critical: Bool

    public init(templateId: String, templateVersion: Int, sectionCode: String, code: String, position: Int,
                label: Bilingual, guidance: Bilingual, legalBasis: Bilingual, weight: Int, critical: Bool) {
        self.templateId = templateId
        self.templateVersion = templateVersion
        self.sectionCode = sectionCode
        self.code = code
        self.position = position
        self.labelZh = label.zh
        self.labelEn = label.en
        self.guidanceZh = guidance.zh
        self.guidanceEn = guidance.en
        self.legalBasisZh = legalBasis.zh
        self.legalBasisEn = legalBasis.en
        self.weight = weight
        self.critical = critical
    }

    public var label: Bilingual { Bilingual(zh: labelZh, en: labelEn) }
    public var guidance: Bilingual { Bilingual(zh: guidanceZh, en: guidanceEn) }
    public var legalBasis: Bilingual { Bilingual(zh: legalBasisZh, en: legalBasisEn) }

    public enum Columns {
        public static let templateId = Column(CodingKeys.templateId)
        public static let templateVersion = Column(CodingKeys.templateVersion)
        public static let sectionCode = Column(CodingKeys.sectionCode)
        public static let code = Column(CodingKeys.code)
        public static let position = Column(CodingKeys.position)
    }
}
