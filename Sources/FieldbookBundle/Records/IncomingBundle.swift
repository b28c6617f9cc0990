import FieldbookCore

/// A verified bundle's records, ready to merge at headquarters: each file's lines in the form
/// their table stores them (see `LineValues`). Either decoded in advance (the arrays) or left in
/// the bundle file and read in batches as the merge asks for them (`forEachBatch`).
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
    /// Layout `participant` (empty in bundles from before visit-types-v1).
    public var participants: [LineValues]
    /// Layout `project` (empty in bundles from before projects).
    public var projects: [LineValues]
    /// The attachment files the bundle carries, verified against the signed manifest, by SHA-256
    /// (spooled by `BundleReader`; see `AttachmentSpool`).
    public var attachmentFiles: [String: AttachmentSpool.File]
    /// The verified archive the records are streamed from (nil: they are in the arrays).
    var source: LineDecoder?

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
        participants = []
        projects = []
        attachmentFiles = [:]
    }
}

extension IncomingBundle {
    /// Hands `body` the records of `file` in batches of at most `size`: from the arrays, or
    /// parsed from the bundle file as it is inflated (the whole entry is never held).
    package func forEachBatch(_ file: BundleFile, size: Int, _ body: ([LineValues]) throws -> Void) throws {
        if let source {
            try source.forEachBatch(file, size: size, body)
            return
        }
        let records = self[file]
        var start = 0
        while start < records.count {
            try body(Array(records[start..<min(records.count, start + size)]))
            start += size
        }
    }

    /// How reading `file` from the bundle file went (tests prove the reader streams with it).
    package func readStatistics(_ file: BundleFile, size: Int) throws -> (lines: Int, largestBuffer: Int, largestBatch: Int)? {
        guard let source else { return nil }
        let s = try source.forEachBatch(file, size: size) { _ in }
        return (s.lines, s.largestBuffer, s.largestBatch)
    }

    /// The records of one file, from the arrays.
    public subscript(file: BundleFile) -> [LineValues] {
        switch file {
        case .enterprises: enterprises
        case .referencedEnterprises: referencedEnterprises
        case .visits: visits
        case .answers: answers
        case .recommendations: recommendations
        case .auditEvents: auditEvents
        case .tombstones: tombstones
        case .attachments: attachments
        case .participants: participants
        case .projects: projects
        }
    }

    /// Every record read into the arrays.
    func decodedWhole() throws -> IncomingBundle {
        guard let source else { return self }
        var bundle = self
        bundle.source = nil
        bundle.enterprises = try source.decode(.enterprises)
        bundle.referencedEnterprises = try source.decode(.referencedEnterprises)
        bundle.visits = try source.decode(.visits)
        bundle.answers = try source.decode(.answers)
        bundle.recommendations = try source.decode(.recommendations)
        bundle.auditEvents = try source.decode(.auditEvents)
        bundle.tombstones = try source.decode(.tombstones)
        bundle.attachments = try source.decode(.attachments)
        bundle.participants = try source.decode(.participants)
        bundle.projects = try source.decode(.projects)
        return bundle
    }
}
