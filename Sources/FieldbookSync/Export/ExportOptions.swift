import FieldbookCore
import Foundation

/// What `BundleExporter.export` writes and where.
public struct ExportOptions: Sendable {
    public var outputDirectory: URL
    public var scope: ExportScope
    /// Headquarters' `x25519:…` key: when set, the bundle is written sealed (`.fbsealed`).
    public var encryptTo: String?

    public init(outputDirectory: URL, scope: ExportScope = .sinceLastExport, encryptTo: String? = nil) {
        self.outputDirectory = outputDirectory
        self.scope = scope
        self.encryptTo = encryptTo
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
}
