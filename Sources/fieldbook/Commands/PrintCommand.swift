import ArgumentParser
import FieldbookCore
import FieldbookDocuments
import Foundation

extension DocumentKind: ExpressibleByArgument {}
extension DocumentRenderer.Format: ExpressibleByArgument {}

/// `fieldbook print VISIT_ID --doc notice|record [--format pdf|html] [--lang zh|en] [--out FILE]`
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Write a completed visit's notice (整改建议书) or record (现场检查记录) as PDF or HTML.",
        discussion: """
        The first print gives the visit its document number (prefix〔year〕第NNNN号, this device's next \
        sequence number). Writing the Chinese PDF records its SHA-256 on the visit (audited, exported), \
        so headquarters can check a copy with `fieldbook hq print`. Default directory: documents/ in \
        the data directory ($XDG_DATA_HOME/fieldbook/documents, created owner-only).
        """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The visit's id (`fieldbook list visits --format json` shows them); a unique prefix of at least 8 characters is enough.")
    var visitId: String

    @Option(help: "notice (整改建议书) or record (现场检查记录).")
    var doc: DocumentKind

    @Option(help: "pdf (printable, A4) or html (for viewing and copying).")
    var format: DocumentRenderer.Format = .pdf

    @Option(help: "zh (the document) or en (an English translation, labelled as such).")
    var lang: Language = .zh

    @Option(help: "The file to write (default: documents/ in the data directory, named after the document number).")
    var out: String?

    func run() throws {
        try CommandContext.run { context in
            let database = try DatabaseAccess.openExisting(store.path(environment: context.environment), context: &context)
            let documents = VisitDocuments(database: database)
            let id = try VisitLookup.resolve(visitId, in: database)
            let renderer = format == .pdf ? try DocumentRenderer.system() : nil
            let prepared = try documents.prepare(doc, format: format, language: lang, visitId: id, renderer: renderer)
            let url = try DocumentOutput.destination(out, fileName: prepared.fileName, context: context)
            try DocumentOutput.write(prepared.bytes, to: url)
            try documents.recordHandover(prepared)
            context.print(url.path)
            let pages = renderer.map { " · " + context.text(zh: "\($0.pages(prepared.plan).count) 页", en: "\($0.pages(prepared.plan).count) pages") } ?? ""
            let number = prepared.visit.documentNumber ?? ""
            context.print("\(prepared.kind.label(in: context.language)) \(number)\(pages) · SHA-256 \(prepared.sha256)"
                + (prepared.isHandedOver ? context.text(zh: "（已记入走访）", en: " (recorded on the visit)") : ""))
        }
    }
}

/// Where a document goes and how it is written.
enum DocumentOutput {
    static func destination(_ out: String?, fileName: String, context: CommandContext) throws -> URL {
        if let out { return URL(fileURLWithPath: DataDirectory.expandingTilde(out, environment: context.environment)) }
        let directory = DataDirectory.url(environment: context.environment).appendingPathComponent("documents")
        try DataDirectory.prepareParent(of: directory.appendingPathComponent(fileName).path)
        return directory.appendingPathComponent(fileName)
    }

    static func write(_ bytes: [UInt8], to url: URL) throws {
        do {
            try VisitDocuments.write(bytes, to: url)
        } catch {
            throw CLIError.cannotWrite(url.path, reason: error.localizedDescription)
        }
    }
}

/// A visit named on the command line: its full id, or a unique prefix of at least 8 characters.
enum VisitLookup {
    static func resolve(_ text: String, in database: AppDatabase) throws -> String {
        let wanted = text.uppercased()
        if try database.visit(id: wanted) != nil { return wanted }
        guard wanted.count >= 8 else { throw DocumentCLIError.unknownVisit(text) }
        let matches = try database.visitIds(prefix: wanted, limit: 2)
        guard matches.count == 1 else {
            throw matches.isEmpty ? DocumentCLIError.unknownVisit(text) : DocumentCLIError.ambiguousVisit(text)
        }
        return matches[0]
    }
}

enum DocumentCLIError: UserFacingError {
    case unknownVisit(String)
    case ambiguousVisit(String)

    func message(in language: Language) -> String {
        switch (self, language) {
        case let (.unknownVisit(id), .zh): "找不到走访记录“\(id)”。请用 fieldbook list visits --format json 查看走访编号（id）。"
        case let (.unknownVisit(id), .en): "No visit \"\(id)\". List the visits' ids with `fieldbook list visits --format json`."
        case let (.ambiguousVisit(id), .zh): "“\(id)”对应多条走访记录，请输入更长的编号。"
        case let (.ambiguousVisit(id), .en): "\"\(id)\" matches more than one visit; give more of the id."
        }
    }
}
