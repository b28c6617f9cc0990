import ArgumentParser
import FieldbookCore
import Foundation

/// `fieldbook attach VISIT_ID FILE… [--item CODE | --recommendation ID] [--caption TEXT]`
struct AttachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach",
        abstract: "Attach photos or scans to a visit, a checklist item's answer or a recommendation.",
        discussion: """
        The files are copied into the attachment store beside the database (DB.attachments/, owner-only), \
        named by their SHA-256, so the same photo is stored once. All files are attached or none: a file \
        over the limit per file (default 25 MB), or files that take the visit over its limit (default \
        200 MB), are refused and nothing is stored (`fieldbook attachment-settings` changes the limits). \
        They travel to headquarters in the next bundle.
        """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The visit's id; a unique prefix of at least 8 characters is enough.")
    var visitId: String

    @Argument(help: "The files to attach.", completion: .file())
    var files: [String]

    @Option(help: "Attach to this checklist item's answer (e.g. WG-02).")
    var item: String?

    @Option(help: "Attach to this recommendation (proof of rectification); its id or a unique 8-character prefix.")
    var recommendation: String?

    @Option(help: "A caption for every file attached.")
    var caption: String = ""

    @OptionGroup var output: ResultFormatOption

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one FILE to attach.") }
        if item != nil && recommendation != nil { throw ValidationError("Give --item or --recommendation, not both.") }
    }

    func run() throws {
        try CommandContext.run { context in
            let attachments = try AttachmentAccess.open(store, context: &context)
            let database = attachments.database
            let visit = try VisitLookup.resolve(visitId, in: database)
            var target = AttachmentTarget.visit
            if let item { target = .item(code: item.uppercased()) }
            if let recommendation { target = .recommendation(id: try RecommendationLookup.resolve(recommendation, in: database)) }
            let urls = files.map { URL(fileURLWithPath: DataDirectory.expandingTilde($0, environment: context.environment)) }
            let attached = try attachments.attach(visitId: visit, files: urls, to: target, caption: caption,
                                                  checkpoint: AttachTestHold.checkpoint(environment: context.environment))
            if output.json { return context.print(try JSONOutput.encode(attached.map(AttachmentJSON.init))) }
            for a in attached { context.print(AttachmentAccess.line(a, context: context)) }
            context.print(context.text(zh: "已附加 \(attached.count) 个文件", en: "Attached \(attached.count) file(s)"))
        }
    }
}

/// A recommendation named on the command line: its full id or a unique prefix of 8 or more characters.
enum RecommendationLookup {
    static func resolve(_ text: String, in database: AppDatabase) throws -> String {
        let wanted = text.uppercased()
        let matches = try database.recommendationIds(prefix: wanted, limit: 2)
        // Ids sort after their prefixes, so an exact match comes first.
        if matches.first == wanted { return wanted }
        guard wanted.count >= 8, matches.count == 1 else {
            throw CoreError.notFound(Bilingual(zh: "意见建议", en: "recommendation"), id: text)
        }
        return matches[0]
    }
}
