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
    /// The core obligation the item belongs to (floor F2); nil for the others.
    public var area: CoreArea?
    /// The serious-violation category whose thresholds make a failure major (floor F5).
    public var serious: SeriousViolation?
    /// The figures a non-compliant answer asks for.
    public var figures: [AnswerFigure]
    /// A risk signal (practice, not law): left out of the score; present → at least medium.
    public var signal: Bool
    /// The finding as a bureau writes it ("存在…的情况"), with `{workers}`, `{amount}`, `{months}`
    /// placeholders; empty when the template gives none.
    public var findingZh: String
    public var findingEn: String
    /// The standard remedy ("与上述劳动者补订书面劳动合同").
    public var remedyZh: String
    public var remedyEn: String
    /// The default rectification period; nil uses the recommendation priority's.
    public var deadlineDays: Int?
    /// Whether `deadlineDays` counts working days (weekends and public holidays skipped).
    public var workingDays: Bool
    /// The parties the duty falls on (construction: owner, general contractor, subcontractor;
    /// dispatch: user firm, agency); empty: whoever is visited (`DutyBinding`).
    public var binds: [DutyHolder]

    public init(templateId: String, templateVersion: Int, sectionCode: String, code: String, position: Int,
                label: Bilingual, guidance: Bilingual, legalBasis: Bilingual, weight: Int, critical: Bool,
                area: CoreArea? = nil, serious: SeriousViolation? = nil, figures: [AnswerFigure] = [],
                signal: Bool = false, finding: Bilingual = Bilingual(zh: "", en: ""),
                remedy: Bilingual = Bilingual(zh: "", en: ""), deadlineDays: Int? = nil, workingDays: Bool = false,
                binds: [DutyHolder] = []) {
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
        self.area = area
        self.serious = serious
        self.figures = figures
        self.signal = signal
        self.findingZh = finding.zh
        self.findingEn = finding.en
        self.remedyZh = remedy.zh
        self.remedyEn = remedy.en
        self.deadlineDays = deadlineDays
        self.workingDays = workingDays
        self.binds = binds
    }

    public enum CodingKeys: String, CodingKey {
        case templateId, templateVersion, sectionCode, code, position, labelZh, labelEn, guidanceZh, guidanceEn
        case legalBasisZh, legalBasisEn, weight, critical, area, serious, figures, signal
        case findingZh, findingEn, remedyZh, remedyEn, deadlineDays, workingDays, binds
    }

    /// Reference packs written before the scoring and recommendation fields existed lack them.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        templateId = try c.decode(String.self, forKey: .templateId)
        templateVersion = try c.decode(Int.self, forKey: .templateVersion)
        sectionCode = try c.decode(String.self, forKey: .sectionCode)
        code = try c.decode(String.self, forKey: .code)
        position = try c.decode(Int.self, forKey: .position)
        labelZh = try c.decode(String.self, forKey: .labelZh)
        labelEn = try c.decode(String.self, forKey: .labelEn)
        guidanceZh = try c.decode(String.self, forKey: .guidanceZh)
        guidanceEn = try c.decode(String.self, forKey: .guidanceEn)
        legalBasisZh = try c.decode(String.self, forKey: .legalBasisZh)
        legalBasisEn = try c.decode(String.self, forKey: .legalBasisEn)
        weight = try c.decode(Int.self, forKey: .weight)
        critical = try c.decode(Bool.self, forKey: .critical)
        area = try c.decodeIfPresent(CoreArea.self, forKey: .area) ?? CoreArea.ofSection(sectionCode)
        serious = try c.decodeIfPresent(SeriousViolation.self, forKey: .serious)
        figures = try c.decodeIfPresent([AnswerFigure].self, forKey: .figures) ?? []
        signal = try c.decodeIfPresent(Bool.self, forKey: .signal) ?? false
        findingZh = try c.decodeIfPresent(String.self, forKey: .findingZh) ?? ""
        findingEn = try c.decodeIfPresent(String.self, forKey: .findingEn) ?? ""
        remedyZh = try c.decodeIfPresent(String.self, forKey: .remedyZh) ?? ""
        remedyEn = try c.decodeIfPresent(String.self, forKey: .remedyEn) ?? ""
        deadlineDays = try c.decodeIfPresent(Int.self, forKey: .deadlineDays)
        workingDays = try c.decodeIfPresent(Bool.self, forKey: .workingDays) ?? false
        binds = try c.decodeIfPresent([DutyHolder].self, forKey: .binds) ?? []
    }

    public var label: Bilingual { Bilingual(zh: labelZh, en: labelEn) }
    public var guidance: Bilingual { Bilingual(zh: guidanceZh, en: guidanceEn) }
    public var legalBasis: Bilingual { Bilingual(zh: legalBasisZh, en: legalBasisEn) }
    public var finding: Bilingual { Bilingual(zh: findingZh, en: findingEn) }
    public var remedy: Bilingual { Bilingual(zh: remedyZh, en: remedyEn) }

    public enum Columns {
        public static let templateId = Column(CodingKeys.templateId)
        public static let templateVersion = Column(CodingKeys.templateVersion)
        public static let sectionCode = Column(CodingKeys.sectionCode)
        public static let code = Column(CodingKeys.code)
        public static let position = Column(CodingKeys.position)
    }
}
