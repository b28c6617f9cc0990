import GRDB

/// A construction project (建设项目) that visits can be about: where the construction checklist
/// items are judged against the party they bind (docs/domain-model.md, "Construction projects").
/// Each party is an enterprise of the registry — one added in the field when it is not — so
/// every party is named and has its credit code.
public struct Project: SyncedRecord {
    public var id: String
    public var name: String
    /// Where the site is (工程地点).
    public var location: String
    /// 建设单位: the project owner.
    public var ownerId: String?
    /// 施工总承包单位: the general contractor.
    public var generalContractorId: String?
    /// 分包单位 (professional and labour subcontractors), in the order they were added.
    public var subcontractorIds: [String]
    public var revision: Int
    public var updatedAt: Timestamp
    public var changeSeq: Int64

    public init(id: String = RecordID.make(), name: String, location: String = "", ownerId: String? = nil,
                generalContractorId: String? = nil, subcontractorIds: [String] = []) {
        self.id = id
        self.name = name
        self.location = location
        self.ownerId = ownerId
        self.generalContractorId = generalContractorId
        self.subcontractorIds = subcontractorIds
        self.revision = 1
        self.updatedAt = Timestamp(.distantPast)
        self.changeSeq = 0
    }

    public static let databaseTableName = "project"

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let name = Column(CodingKeys.name)
        public static let changeSeq = Column(CodingKeys.changeSeq)
    }

    /// What `enterpriseId` is on this project (usually one party; a firm building for itself is
    /// owner and general contractor at once).
    public func parties(of enterpriseId: String) -> Set<ProjectParty> {
        var parties = Set<ProjectParty>()
        if ownerId == enterpriseId { parties.insert(.owner) }
        if generalContractorId == enterpriseId { parties.insert(.generalContractor) }
        if subcontractorIds.contains(enterpriseId) { parties.insert(.subcontractor) }
        return parties
    }

    /// Every enterprise on the project, owner first.
    public var partyIds: [String] {
        [ownerId, generalContractorId].compactMap { $0 } + subcontractorIds
    }

    /// The enterprise holding `party` (the first subcontractor for `.subcontractor`).
    public func holder(of party: ProjectParty) -> String? {
        switch party {
        case .owner: ownerId
        case .generalContractor: generalContractorId
        case .subcontractor: subcontractorIds.first
        }
    }
}
