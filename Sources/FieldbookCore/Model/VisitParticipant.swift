import GRDB

/// One more enterprise attending a policy briefing (政策宣讲), besides the visit's own enterprise
/// (the one it was opened at: the host or first invited). A briefing reaches its own enterprise
/// and every participant; headquarters counts each of them as reached.
///
/// A row of its own (not a list inside the visit) so that each attending enterprise is a
/// reference the database checks, carries its own attendance and revision, and its removal
/// leaves a tombstone that reaches headquarters like any deletion. It belongs to its visit: only
/// a draft's participants change, and only the visit's device may change them at HQ.
public struct VisitParticipant: SyncedRecord {
    public var id: String
    public var visitId: String
    public var enterpriseId: String
    /// People from this enterprise, when counted per enterprise (the visit's `attendees` is the total).
    public var attendees: Int?
    public var revision: Int
    public var updatedAt: Timestamp
    public var changeSeq: Int64

    public init(id: String = RecordID.make(), visitId: String, enterpriseId: String, attendees: Int? = nil) {
        self.id = id
        self.visitId = visitId
        self.enterpriseId = enterpriseId
        self.attendees = attendees
        self.revision = 1
        self.updatedAt = Timestamp(.distantPast)
        self.changeSeq = 0
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let visitId = Column(CodingKeys.visitId)
        public static let enterpriseId = Column(CodingKeys.enterpriseId)
        public static let changeSeq = Column(CodingKeys.changeSeq)
    }
}

/// A participant with its enterprise, as lists and documents show it.
public struct AttendingEnterprise: Sendable, Hashable {
    public var participant: VisitParticipant
    public var enterprise: Enterprise

    public init(participant: VisitParticipant, enterprise: Enterprise) {
        self.participant = participant
        self.enterprise = enterprise
    }
}
