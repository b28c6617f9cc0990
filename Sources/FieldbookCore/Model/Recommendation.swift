import GRDB

/// A recommendation / rectification advice (意见建议 / 整改建议) made during a visit.
public struct Recommendation: SyncedRecord {
    public var id: String
    public var visitId: String
    public var enterpriseId: String
    /// Checklist item codes this recommendation addresses (may be empty).
    public var itemCodes: [String]
    public var text: String
    public var priority: RecommendationPriority
    public var deadline: LocalDate?
    public var status: RecommendationStatus
    public var createdOn: LocalDate
    public var rectifiedOn: LocalDate?
    /// When an inspector re-checked the fix and closed the recommendation (已复查销号). The
    /// column keeps its first name: the status was called "verified" (已核验) until 2026-12.
    public var verifiedOn: LocalDate?
    /// The rectification evidence (整改佐证): what the inspector saw or received that shows the
    /// fix — required, or an attachment, before closing (`RectificationEvidence`).
    public var evidenceNote: String?
    /// The last re-check that found the fix missing (复查不合格); the new deadline is `deadline`.
    public var recheckFailedOn: LocalDate?
    /// Where an overdue recommendation was handed over (逾期未整改→移交), and when.
    public var referredTo: String?
    public var referredOn: LocalDate?
    /// The visit at which the rectification was (or will be) checked.
    public var followUpVisitId: String?
    /// Set when the recommendation (or its visit) was voided (作废): kept and exported, never
    /// counted or edited again.
    public var voidedAt: Timestamp?
    public var voidReason: String?
    /// The name of the inspector who voided it.
    public var voidedBy: String?
    public var revision: Int
    public var updatedAt: Timestamp
    public var changeSeq: Int64

    public init(id: String = RecordID.make(), visitId: String, enterpriseId: String, itemCodes: [String] = [],
                text: String, priority: RecommendationPriority, deadline: LocalDate?, createdOn: LocalDate) {
        self.id = id
        self.visitId = visitId
        self.enterpriseId = enterpriseId
        self.itemCodes = itemCodes
        self.text = text
        self.priority = priority
        self.deadline = deadline
        self.status = .open
        self.createdOn = createdOn
        self.rectifiedOn = nil
        self.verifiedOn = nil
        self.evidenceNote = nil
        self.recheckFailedOn = nil
        self.referredTo = nil
        self.referredOn = nil
        self.followUpVisitId = nil
        self.voidedAt = nil
        self.voidReason = nil
        self.voidedBy = nil
        self.revision = 1
        self.updatedAt = Timestamp(.distantPast)
        self.changeSeq = 0
    }

    public var isVoided: Bool { voidedAt != nil }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let visitId = Column(CodingKeys.visitId)
        public static let enterpriseId = Column(CodingKeys.enterpriseId)
        public static let text = Column(CodingKeys.text)
        public static let priority = Column(CodingKeys.priority)
        public static let deadline = Column(CodingKeys.deadline)
        public static let status = Column(CodingKeys.status)
        public static let createdOn = Column(CodingKeys.createdOn)
        public static let followUpVisitId = Column(CodingKeys.followUpVisitId)
        public static let revision = Column(CodingKeys.revision)
        public static let updatedAt = Column(CodingKeys.updatedAt)
        public static let changeSeq = Column(CodingKeys.changeSeq)
        public static let voidedAt = Column(CodingKeys.voidedAt)
    }
}
