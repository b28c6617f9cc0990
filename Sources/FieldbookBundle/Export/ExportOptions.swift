import FieldbookCore
import Foundation

/// What `BundleExporter.export` writes and where.
public struct ExportOptions: Sendable {
    public var outputDirectory: URL
    public var scope: ExportScope
    /// Headquarters' `x25519:…` key: when set, the bundle is written sealed (`.fbsealed`).
    public var encryptTo: String?
    /// Called at each `ExportCheckpoint` on the exporting thread (tests hold or kill the export there).
    public var checkpoint: (@Sendable (ExportCheckpoint) -> Void)?

    public init(outputDirectory: URL, scope: ExportScope = .sinceLastExport, encryptTo: String? = nil,
                checkpoint: (@Sendable (ExportCheckpoint) -> Void)? = nil) {
        self.outputDirectory = outputDirectory
        self.scope = scope
        self.encryptTo = encryptTo
        self.checkpoint = checkpoint
    }
}

/// What an export wrote.
public struct ExportResult: Sendable, Equatable {
    public var path: String
    public var bundleId: String
    public var sequence: Int
    public var counts: [BundleFile: Int]
    public var bytes: Int64
    public var encrypted: Bool
    /// This bundle was left by an interrupted export (published, not recorded) and finished now.
    public var finishedInterrupted = false
    /// Bundles of interrupted exports this export finished before writing its own.
    public var finishedEarlier: [ExportResult] = []
}
