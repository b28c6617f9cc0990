import FieldbookBundle
import FieldbookCore
import Foundation

/// What the Load data screen can load: the same three things, with the same checks and the same
/// messages, as `fieldbook import enterprises|checklist|pack`. Each loads all or nothing: a
/// registry with a bad row (without the command's `--skip-invalid`, which the screen does not
/// offer), a template that does not validate, a pack whose signature or checksums do not match
/// changes nothing.
enum LoadKind: Int, CaseIterable, Sendable {
    case registry, template, pack

    /// Runs the import (on the program runner's background thread) and returns the lines to show.
    func load(_ path: String, database: AppDatabase, language: Language) throws -> LoadOutcome {
        let url = URL(fileURLWithPath: path)
        let file = url.lastPathComponent
        switch self {
        case .registry:
            let csv = try EnterpriseCSV.read(try Self.read(url), file: file)
            do {
                let report = try database.importEnterprises(csv, file: file, skipInvalid: false)
                return LoadOutcome(lines: [report.summary(in: language)],
                                   notes: report.ignoredHeadersNote(in: language).map { [$0] } ?? [])
            } catch let error as EnterpriseImportError {
                guard case .rowsRejected(let file, let rejections, let total) = error else { throw error }
                // The command's words point up to rows printed before them and to a flag; here
                // the rows follow the message, and the screen has no --skip-invalid.
                throw LoadFailure(message: catalogue(for: language).loadRowsRejected(file: file, rejected: rejections.count, total: total),
                                  details: rejections.map { $0.message(in: language) })
            }
        case .template:
            let (checklist, outcome) = try database.loadTemplate(data: try Self.read(url))
            return LoadOutcome(lines: [ChecklistImportSummary(checklist: checklist, outcome: outcome).text(in: language)])
        case .pack:
            return LoadOutcome(lines: try ReferencePackReader.importPack(url, into: database).summaryLines(in: language))
        }
    }

    private static func read(_ url: URL) throws -> Data {
        do { return try Data(contentsOf: url) } catch {
            throw LoadReadError(path: url.path)
        }
    }
}

/// What a load did, in the user's language: the command's summary lines, then its notes (columns
/// ignored).
struct LoadOutcome: Sendable, Equatable {
    var lines: [String]
    var notes: [String] = []
}

/// A refused load with the rows that caused it (the registry's rejected rows), the one-line
/// message first.
struct LoadFailure: Error, Sendable {
    var message: String
    var details: [String]
}

/// The chosen file could not be read (permissions, removed meanwhile); the screen words it.
struct LoadReadError: Error, Sendable {
    let path: String
}
