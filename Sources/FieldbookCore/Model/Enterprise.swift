import GRDB

/// An enterprise of the registry (or one added in the field).
///
/// The `last…`/`openRecommendationCount` properties are a summary the database keeps up to date
/// in the same transaction as visit and recommendation writes, so that list screens need no
/// aggregate per row. They are derived, local values: changing them does not bump `revision`.
public struct Enterprise: SyncedRecord {
    public var id: String
    /// 统一社会信用代码, 18 characters, uppercase.
    public var creditCode: String
    public var name: String
    public var address: String
    /// For an enterprise of Shiyan, its district; for an out-of-town one, the Shiyan district it
    /// works in when known (else empty): where it was registered is `registrationDivision`.
    public var district: String
    /// 外地企业: registered outside Shiyan (docs/domain-model.md). Said by the registry or the
    /// inspector; derived from the credit code when nobody said (`Enterprise.isOutOfTown`).
    public var outOfTown: Bool
    public var industry: String
    public var ownershipType: String
    public var employeeCount: Int?
    public var contactPerson: String
    public var phone: String
    public var integrityRating: IntegrityRating
    public var redList: Bool
    public var harmoniousTitle: HarmoniousTitle
    public var source: EnterpriseSource
    public var lastVisitDate: LocalDate?
    public var lastRiskLevel: RiskLevel?
    public var openRecommendationCount: Int
    public var revision: Int
    public var updatedAt: Timestamp
    public var changeSeq: Int64

    public init(id: String = RecordID.make(), creditCode: String, name: String, address: String = "",
                district: String = "", industry: String = "", ownershipType: String = "",
                employeeCount: Int? = nil, contactPerson: String = "", phone: String = "",
                integrityRating: IntegrityRating = .none, redList: Bool = false,
                harmoniousTitle: HarmoniousTitle = .none, source: EnterpriseSource = .registry,
                outOfTown: Bool = false) {
        self.id = id
        self.creditCode = creditCode
        self.name = name
        self.address = address
        self.district = district
        self.outOfTown = outOfTown
        self.industry = industry
        self.ownershipType = ownershipType
        self.employeeCount = employeeCount
        self.contactPerson = contactPerson
        self.phone = phone
        self.integrityRating = integrityRating
        self.redList = redList
        self.harmoniousTitle = harmoniousTitle
        self.source = source
        self.lastVisitDate = nil
        self.lastRiskLevel = nil
        self.openRecommendationCount = 0
        self.revision = 1
        self.updatedAt = Timestamp(.distantPast)
        self.changeSeq = 0
    }

    /// Spelled out because the decoder is written by hand (Enterprise+Row.swift).
    public enum CodingKeys: String, CodingKey {
        case id, creditCode, name, address, district, outOfTown, industry, ownershipType, employeeCount
        case contactPerson, phone, integrityRating, redList, harmoniousTitle, source
        case lastVisitDate, lastRiskLevel, openRecommendationCount, revision, updatedAt, changeSeq
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let creditCode = Column(CodingKeys.creditCode)
        public static let name = Column(CodingKeys.name)
        public static let address = Column(CodingKeys.address)
        public static let district = Column(CodingKeys.district)
        public static let outOfTown = Column(CodingKeys.outOfTown)
        public static let industry = Column(CodingKeys.industry)
        public static let ownershipType = Column(CodingKeys.ownershipType)
        public static let employeeCount = Column(CodingKeys.employeeCount)
        public static let contactPerson = Column(CodingKeys.contactPerson)
        public static let phone = Column(CodingKeys.phone)
        public static let integrityRating = Column(CodingKeys.integrityRating)
        public static let redList = Column(CodingKeys.redList)
        public static let harmoniousTitle = Column(CodingKeys.harmoniousTitle)
        public static let source = Column(CodingKeys.source)
        public static let lastVisitDate = Column(CodingKeys.lastVisitDate)
        public static let lastRiskLevel = Column(CodingKeys.lastRiskLevel)
        /// A generated column: the rank of `lastRiskLevel` (0 none … 4 major), indexed for sorting.
        public static let lastRiskRank = Column("lastRiskRank")
        /// A generated column: `lastVisitDate`, or '' when never visited (a sort key that is never NULL).
        public static let lastVisitKey = Column("lastVisitKey")
        public static let openRecommendationCount = Column(CodingKeys.openRecommendationCount)
        /// Search and sort keys kept by the store (not record properties): full pinyin and initials.
        public static let namePinyin = Column("namePinyin")
        public static let nameInitials = Column("nameInitials")
        public static let revision = Column(CodingKeys.revision)
        public static let updatedAt = Column(CodingKeys.updatedAt)
        public static let changeSeq = Column(CodingKeys.changeSeq)
    }

    /// Fields a sync snapshot or an audit compares; the summary is derived locally.
    static let summaryColumns: Set<String> = ["lastVisitDate", "lastRiskLevel", "openRecommendationCount"]

    /// Takes the locally derived summary of `other` (the stored row this record replaces): an
    /// edit, a pack or a bundle never carries this database's own summary.
    package mutating func keepSummary(of other: Enterprise) {
        lastVisitDate = other.lastVisitDate
        lastRiskLevel = other.lastRiskLevel
        openRecommendationCount = other.openRecommendationCount
    }

    /// No visits or recommendations here yet: a record new to this database.
    package mutating func clearSummary() {
        lastVisitDate = nil
        lastRiskLevel = nil
        openRecommendationCount = 0
    }
}
