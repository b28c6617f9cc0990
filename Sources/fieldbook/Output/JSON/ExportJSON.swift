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

    init(_ result: ExportResult) {
        path = result.path
        bundleId = result.bundleId
        sequence = result.sequence
        bytes = result.bytes
        encrypted = result.encrypted
        counts = Dictionary(uniqueKeysWithValues: BundleFile.allCases.map { ($0.stem, result.counts[$0] ?? 0) })
    }
}
