/// Every synced record changed in a range of change sequence numbers (after, through]:
/// what an export bundle carries. Records appear in their current state (the latest revision).
public struct ChangeSet: Sendable, Hashable {
    public var after: Int64
    public var through: Int64
    public var inspectors: [Inspector]
    public var enterprises: [Enterprise]
    public var visits: [SiteVisit]
    public var answers: [Answer]
    public var recommendations: [Recommendation]
    public var auditEvents: [AuditEvent]
    public var tombstones: [Tombstone]

    public var isEmpty: Bool {
        inspectors.isEmpty && enterprises.isEmpty && visits.isEmpty && answers.isEmpty
            && recommendations.isEmpty && auditEvents.isEmpty && tombstones.isEmpty
    }
}
