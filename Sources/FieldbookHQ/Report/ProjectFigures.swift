import FieldbookCore

/// A construction project's visits in the report's period and what they found, party by party:
/// a finding is against the enterprise visited, in the role it has on the project (the owner,
/// the general contractor or a subcontractor), so the bureau sees whose duty failed.
public struct ProjectFigures: Sendable, Equatable {
    public struct Party: Sendable, Equatable {
        /// The roles the enterprise has on the project (usually one).
        public var roles: [ProjectParty]
        public var enterpriseName: String
        public var creditCode: String
        public var visits: Int
        /// Item codes answered non-compliant on this party's visits, in checklist order, once each.
        public var findings: [String]
        /// Hazards referred elsewhere: "SI-03 → 卫生健康主管部门".
        public var referrals: [Referral]
    }

    public struct Referral: Sendable, Equatable {
        public var itemCode: String
        public var authority: ReferralAuthority
        public var note: String
    }

    public var id: String
    public var name: String
    public var location: String
    /// Owner, general contractor, then subcontractors, as the project lists them; only the parties visited.
    public var parties: [Party]
}
