import GRDB

/// One visit to one enterprise on one day.
///
/// `score` and `riskLevel` are derived from the answers: kept live while the visit is a draft and
/// fixed when it is completed.
public struct SiteVisit: SyncedRecord {
    public var id: String
    public var enterpriseId: String
    /// The inspector's local calendar date.
    public var date: LocalDate
    public var startTime: TimeOfDay?
    public var endTime: TimeOfDay?
    public var type: VisitType
    /// Names of the inspectors who took part.
    public var inspectors: [String]
    /// People met at the enterprise, free text (names and roles).
    public var personsMet: String
    public var employees: Int?
    public var writtenContracts: Int?
    public var socialInsuranceEnrolled: Int?
    public var dispatchedWorkers: Int?
    public var migrantWorkers: Int?
    /// People attending, for policy briefings.
    public var attendees: Int?
    public var notes: String
    public var status: VisitStatus
    public var completedAt: Timestamp?
    /// The reason given the last time this visit was reopened.
    public var reopenReason: String?
    public var templateId: String
    public var templateVersion: Int
    /// Weighted non-compliance in percent (0...100), nil when nothing is assessed.
    public var score: Double?
    public var riskLevel: RiskLevel
    /// The inspector (of this database) who created the visit.
    public var createdBy: String?
    /// The number the visit's documents carry (e.g. 十人社风险〔2026〕第0001号), with the issuing
    /// bureau and rectification-report line they were issued under: fixed at the first print
    /// (`DocumentHandover`), so HQ can regenerate exactly what was handed over.
    public var documentNumber: String?
    public var documentIssuer: String?
    public var documentReportLine: String?
    /// SHA-256 (hex) of the Chinese PDF of each document as last handed over.
    public var noticeSHA256: String?
    public var recordSHA256: String?
    /// Set when the visit was voided (作废): kept, exported and audited, but counted nowhere and
    /// never edited again (docs/domain-model.md, "Deleting and voiding").
    public var voidedAt: Timestamp?
    public var voidReason: String?
    /// The name of the inspector who voided it.
    public var voidedBy: String?
    /// Where the visit took place when not at the enterprise's own premises (a summons is held at
    /// the bureau; a briefing at a venue). Type-specific fields (`visit-types-v1`) are nil when
    /// not given, and absent from bundles written before them.
    public var place: String?
    /// 约谈: the person summoned, their position at the enterprise, why, the record of the talk
    /// and the commitments made (with the date they were promised by).
    public var summonedPerson: String?
    public var summonedRole: String?
    public var summonsReason: String?
    public var talkRecord: String?
    public var commitments: String?
    public var commitmentDate: LocalDate?
    /// 政策宣讲: who attended (names, beside the count in `attendees`), the materials handed out
    /// and how many copies, questions answered and on-site legal Q&A sessions (现场释法) held. The
    /// attending enterprises are `VisitParticipant` rows.
    public var attendeeNames: String?
    public var materials: String?
    public var materialsCount: Int?
    public var questionsAnswered: Int?
    public var legalSessions: Int?
    /// The construction project this visit is about (`projects-v1`); the visited enterprise is
    /// one of its parties, and the construction items are judged against that party.
    public var projectId: String?
    /// True: the visited enterprise is the dispatch agency (劳务派遣单位), not the user firm; nil
    /// or false: the user firm, whom the 10% limit binds (`projects-v1`).
    public var dispatchAgency: Bool?
    public var revision: Int
    public var updatedAt: Timestamp
    public var changeSeq: Int64

    public init(id: String = RecordID.make(), enterpriseId: String, date: LocalDate, type: VisitType,
                templateId: String, templateVersion: Int, inspectors: [String] = []) {
        self.id = id
        self.enterpriseId = enterpriseId
        self.date = date
        self.startTime = nil
        self.endTime = nil
        self.type = type
        self.inspectors = inspectors
        self.personsMet = ""
        self.employees = nil
        self.writtenContracts = nil
        self.socialInsuranceEnrolled = nil
        self.dispatchedWorkers = nil
        self.migrantWorkers = nil
        self.attendees = nil
        self.notes = ""
        self.status = .draft
        self.completedAt = nil
        self.reopenReason = nil
        self.templateId = templateId
        self.templateVersion = templateVersion
        self.score = nil
        self.riskLevel = .notAssessed
        self.createdBy = nil
        self.documentNumber = nil
        self.documentIssuer = nil
        self.documentReportLine = nil
        self.noticeSHA256 = nil
        self.recordSHA256 = nil
        self.voidedAt = nil
        self.voidReason = nil
        self.voidedBy = nil
        self.place = nil
        self.summonedPerson = nil
        self.summonedRole = nil
        self.summonsReason = nil
        self.talkRecord = nil
        self.commitments = nil
        self.commitmentDate = nil
        self.attendeeNames = nil
        self.materials = nil
        self.materialsCount = nil
        self.questionsAnswered = nil
        self.legalSessions = nil
        self.projectId = nil
        self.dispatchAgency = nil
        self.revision = 1
        self.updatedAt = Timestamp(.distantPast)
        self.changeSeq = 0
    }

    public var isVoided: Bool { voidedAt != nil }

    /// The dispatch party the visited enterprise is on this visit.
    public var dispatchParty: DispatchParty { dispatchAgency == true ? .dispatchAgency : .userFirm }

    /// The workforce figures as one value (for validation and display).
    public var workforce: Workforce {
        get {
            Workforce(employees: employees, writtenContracts: writtenContracts,
                      socialInsuranceEnrolled: socialInsuranceEnrolled,
                      dispatchedWorkers: dispatchedWorkers, migrantWorkers: migrantWorkers,
                      dispatchParty: dispatchParty)
        }
        set {
            employees = newValue.employees
            writtenContracts = newValue.writtenContracts
            socialInsuranceEnrolled = newValue.socialInsuranceEnrolled
            dispatchedWorkers = newValue.dispatchedWorkers
            migrantWorkers = newValue.migrantWorkers
        }
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let enterpriseId = Column(CodingKeys.enterpriseId)
        public static let date = Column(CodingKeys.date)
        public static let startTime = Column(CodingKeys.startTime)
        public static let endTime = Column(CodingKeys.endTime)
        public static let type = Column(CodingKeys.type)
        public static let status = Column(CodingKeys.status)
        public static let completedAt = Column(CodingKeys.completedAt)
        public static let templateId = Column(CodingKeys.templateId)
        public static let templateVersion = Column(CodingKeys.templateVersion)
        public static let score = Column(CodingKeys.score)
        public static let riskLevel = Column(CodingKeys.riskLevel)
        public static let revision = Column(CodingKeys.revision)
        public static let updatedAt = Column(CodingKeys.updatedAt)
        public static let changeSeq = Column(CodingKeys.changeSeq)
        public static let voidedAt = Column(CodingKeys.voidedAt)
    }

    /// Derived columns: not audited as user edits.
    static let derivedColumns: Set<String> = ["score", "riskLevel"]
}
