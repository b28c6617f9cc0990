import FieldbookCore

/// A bundle an export has finished writing but not yet recorded: stored before the file is
/// published and removed in the transaction that records it, so a kill in between leaves enough
/// to finish the job later with the same id and sequence (docs/bundle-format.md, "Pending bundle").
public struct PendingBundle: Sendable, Equatable {
    public var bundleId: String
    public var sequence: Int
    /// The file's name, and the directory the export was writing it to.
    public var fileName: String
    public var directory: String
    /// SHA-256 of the whole file (hex), to tell this bundle's file from anything else of that name.
    public var sha256: String
    public var scope: ExportScope
    /// The change range the bundle covers, so it can be written again with the same content range.
    public var after: Int64
    public var through: Int64
    public var previousBundleId: String?
    public var createdAt: Timestamp
    /// Headquarters' key when the bundle is sealed.
    public var encryptTo: String?
    /// Lines per record file (`manifest.counts`), to report the bundle when it is finished later.
    public var counts: [String: Int]

    public init(bundleId: String, sequence: Int, fileName: String, directory: String, sha256: String,
                scope: ExportScope, after: Int64, through: Int64, previousBundleId: String?,
                createdAt: Timestamp, encryptTo: String?, counts: [String: Int]) {
        self.bundleId = bundleId
        self.sequence = sequence
        self.fileName = fileName
        self.directory = directory
        self.sha256 = sha256
        self.scope = scope
        self.after = after
        self.through = through
        self.previousBundleId = previousBundleId
        self.createdAt = createdAt
        self.encryptTo = encryptTo
        self.counts = counts
    }
}
