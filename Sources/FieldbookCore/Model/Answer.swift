import GRDB

/// The finding for one checklist item in one visit (at most one per visit and item).
public struct Answer: SyncedRecord {
    public var id: String
    public var visitId: String
    public var itemCode: String
    public var value: AnswerValue
    public var note: String
    /// Figures of a non-compliant finding (docs/risk-scoring.md); nil when not recorded.
    public var workers: Int?
    public var amountYuan: Int?
    public var months: Int?
    /// A hazard outside labour relations found with this item (occupational disease, work
    /// safety), referred to the authority that deals with it (`projects-v1`).
    public var referredTo: ReferralAuthority?
    /// What was referred and how (≤ 500): "粉尘作业未配防护，已告知区卫健局".
    public var referralNote: String?
    public var revision: Int
    public var updatedAt: Timestamp
    public var changeSeq: Int64

    public init(id: String = RecordID.make(), visitId: String, itemCode: String,
                value: AnswerValue, note: String = "") {
        self.id = id
        self.visitId = visitId
        self.itemCode = itemCode
        self.value = value
        self.note = note
        self.workers = nil
        self.amountYuan = nil
        self.months = nil
        self.referredTo = nil
        self.referralNote = nil
        self.revision = 1
        self.updatedAt = Timestamp(.distantPast)
        self.changeSeq = 0
    }

    /// The recorded figures as one value.
    public var figures: AnswerFigures {
        get { AnswerFigures(workers: workers, amountYuan: amountYuan, months: months) }
        set {
            workers = newValue.workers
            amountYuan = newValue.amountYuan
            months = newValue.months
        }
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let visitId = Column(CodingKeys.visitId)
        public static let itemCode = Column(CodingKeys.itemCode)
        public static let value = Column(CodingKeys.value)
        public static let note = Column(CodingKeys.note)
        public static let revision = Column(CodingKeys.revision)
        public static let updatedAt = Column(CodingKeys.updatedAt)
        public static let changeSeq = Column(CodingKeys.changeSeq)
    }
}
