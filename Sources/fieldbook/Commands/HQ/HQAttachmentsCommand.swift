import ArgumentParser
import FieldbookCore
import FieldbookHQ
import Foundation

/// `fieldbook hq attachments VISIT_ID [--extract DIR] [--format json]`
struct HQAttachmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attachments",
        abstract: "List a visit's attachments at headquarters, and copy them out with --extract.",
        discussion: """
        Files are kept content-addressed beside the HQ database (HQ.attachments/), each checked against its \
        SHA-256 when its bundle was imported and again when extracted. --extract writes them under their \
        original names into DIR (created owner-only when missing) and never replaces a file: a taken name \
        becomes "name (2).jpg". Exit status 1 when a file is missing or damaged.
        """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The visit's id; a unique prefix of at least 8 characters is enough.")
    var visitId: String

    @Option(help: "Copy the attached (not detached) files into this directory.", completion: .directory)
    var extract: String?

    @OptionGroup var output: ResultFormatOption

    func run() throws {
        try CommandContext.run { context in
            let (headquarters, _, _) = try HQStoreAccess.open(store, context: &context)
            let attachments = AttachmentStore(database: headquarters.store)
            try attachments.recover(releasingExported: false)
            let id = try VisitLookup.resolve(visitId, in: headquarters.store)
            let list = try attachments.attachments(visitId: id)
            var failed = false
            if let extract {
                let directory = URL(fileURLWithPath: DataDirectory.expandingTilde(extract, environment: context.environment))
                try DataDirectory.prepareParent(of: directory.appendingPathComponent("x").path)
                for a in list where !a.isDetached {
                    switch try AttachmentExtraction.extract(a, from: attachments, into: directory) {
                    case let .copied(url):
                        if !output.json { context.print(url.path) }
                    case .missing:
                        failed = true
                        context.printError(context.text(zh: "缺少附件文件“\(a.originalName)”（\(a.sha256.prefix(12))…）：其所在的数据包尚未导入",
                                                        en: "The file of \"\(a.originalName)\" (\(a.sha256.prefix(12))…) is not here yet: the bundle that carries it has not been imported"))
                    case .damaged:
                        failed = true
                        context.printError(context.text(zh: "附件文件“\(a.originalName)”已损坏（与 SHA-256 不符），未复制",
                                                        en: "The file of \"\(a.originalName)\" is damaged (it no longer matches its SHA-256); not copied"))
                    }
                }
            }
            if output.json {
                context.print(try JSONOutput.encode(list.map(AttachmentJSON.init)))
            } else if extract == nil {
                if list.isEmpty { context.printError(context.text(zh: "该走访没有附件。", en: "This visit has no attachments.")) }
                for a in list {
                    let here = FileManager.default.fileExists(atPath: attachments.fileURL(of: a).path)
                    context.print(AttachmentAccess.line(a, context: context)
                        + (here ? "" : context.text(zh: "  （文件未到）", en: "  (file not received)")))
                }
            }
            if failed { throw ExitCode(1) }
        }
    }
}
