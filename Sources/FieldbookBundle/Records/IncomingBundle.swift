import FieldbookCore

/// A verified bundle's records, ready to merge at headquarters: each file's lines in the form
/// their table stores them (see `LineValues`).
public struct IncomingBundle: Sendable {
    public var fileName: String
    public var bundleId: String
    public var deviceId: String
    public var devicePublicKey: String
    public var inspector: Inspector
    public var sequence: Int
    public var previousBundleId: String?
    public var createdAt: Timestamp
    /// Layout `changedEnterprise`.
    public var enterprises: [LineValues]
    /// Layout `enterprise`; the others have the layout of their name.
    public var referencedEnterprises: [LineValues]
    public var visits: [LineValues]
    public var answers: [LineValues]
    public var recommendations: [LineValues]
    public var auditEvents: [LineValues]
    public var tombstones: [LineValues]
    /// Layout `attachment` (empty in bundles from before attachments).
    public var attachments: [LineValues]
    /// The attachment files the bundle carries, verified against the signed manifest, by SHA-256
    /// (spooled by `BundleReader`; see `AttachmentSpool`).
    public var attachmentFiles: [String: AttachmentSpool.File]

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
        attachments = []
        attachmentFiles = [:]
    }
}
