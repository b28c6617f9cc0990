/// A verified bundle's records, ready to merge at headquarters.
public struct IncomingBundle: Sendable {
    public var fileName: String
    public var bundleId: String
    public var deviceId: String
    public var devicePublicKey: String
    public var inspector: Inspector
    public var sequence: Int
    public var previousBundleId: String?
    public var createdAt: Timestamp
    public var enterprises: [ChangedEnterprise]
    public var referencedEnterprises: [Enterprise]
    public var visits: [SiteVisit]
    public var answers: [Answer]
    public var recommendations: [Recommendation]
    public var auditEvents: [AuditEvent]
    public var tombstones: [Tombstone]

    public init(fileName: String, bundleId: String, deviceId: String, devicePublicKey: String, inspector: Inspector,
                sequence: Int, previousBundleId: String?, createdAt: Timestamp) {
        self.fileName = fileName
        self.bundleId = bundleId
        self.deviceId = deviceId
        self.devicePublicKey = devicePublicKey
        self.inspector = inspector
        self.sequence = sequence
        self.previousBundleId = previousBundleId
        self.createdAt = createdAt
        enterprises = []
        referencedEnterprises = []
        visits = []
        answers = []
        recommendations = []
        auditEvents = []
        tombstones = []
    }
}
