import FieldbookBundle

/// `fieldbook export --format json` (docs/schemas/cli/export.schema.json).
struct ExportJSON: Encodable {
    let path: String
    let bundleId: String
    let sequence: Int
    let bytes: Int64
    let encrypted: Bool
    /// Lines per record file, keyed by the file's stem (`visits`, `answers`, …), every file present.
    let counts: [String: Int]
    /// This bundle was left by an interrupted export (published, not recorded) and finished now
    /// (top level only).
    let finishedInterrupted: Bool?
    /// Bundles of interrupted exports finished before this one was written (top level only): files
    /// for headquarters too.
    let finishedEarlier: [ExportJSON]?

    init(_ result: ExportResult, topLevel: Bool = true) {
        path = result.path
        bundleId = result.bundleId
        sequence = result.sequence
        bytes = result.bytes
        encrypted = result.encrypted
        counts = Dictionary(uniqueKeysWithValues: BundleFile.allCases.map { ($0.stem, result.counts[$0] ?? 0) })
        finishedInterrupted = topLevel ? result.finishedInterrupted : nil
        finishedEarlier = topLevel ? result.finishedEarlier.map { ExportJSON($0, topLevel: false) } : nil
    }
}
