import FieldbookCore
import FieldbookHQ

/// `fieldbook hq import --format json` (docs/schemas/cli/hq-import.schema.json): one entry per
/// bundle file in the order they were tried, and the totals a script checks first.
struct HQImportJSON: Encodable {
    struct File: Encodable {
        let file: String
        /// `imported`, `alreadyImported` (nothing changed) or `refused` (see `error`).
        let status: String
        var bundleId: String?
        var deviceId: String?
        var inspector: String?
        var sequence: Int?
        /// Per record type (`enterprise`, `siteVisit`, …): what the merge did with its lines.
        var counts: [String: MergeReport.Counts]?
        /// This device's bundles HQ has not seen yet, older than this one.
        var missingSequences: [Int]?
        /// Why the bundle was refused, one line in the user's language.
        var error: String?
        /// The exit status this refusal alone would give (65 data error, 66 unreadable, …).
        var exitStatus: Int32?
    }

    var files: [File] = []
    var imported: Int { files.filter { $0.status == "imported" }.count }
    var alreadyImported: Int { files.filter { $0.status == "alreadyImported" }.count }
    var refused: Int { files.filter { $0.status == "refused" }.count }

    mutating func add(_ report: MergeReport, path: String) {
        files.append(File(file: path, status: report.alreadyImported ? "alreadyImported" : "imported",
                          bundleId: report.bundleId, deviceId: report.deviceId, inspector: report.inspector,
                          sequence: report.sequence, counts: report.counts, missingSequences: report.missingSequences))
    }

    mutating func refuse(_ path: String, message: String, status: ExitStatus) {
        files.append(File(file: path, status: "refused", error: message, exitStatus: status.rawValue))
    }

    enum CodingKeys: CodingKey { case files, imported, alreadyImported, refused }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(files, forKey: .files)
        try container.encode(imported, forKey: .imported)
        try container.encode(alreadyImported, forKey: .alreadyImported)
        try container.encode(refused, forKey: .refused)
    }
}
