import ArgumentParser
import FieldbookCore

/// `fieldbook attachments VISIT_ID [--format json]`
struct AttachmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attachments",
        abstract: "List a visit's attachments, detached ones included (marked with their reason).")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The visit's id; a unique prefix of at least 8 characters is enough.")
    var visitId: String

    @OptionGroup var output: ResultFormatOption

    func run() throws {
        try CommandContext.run { context in
            let attachments = try AttachmentAccess.open(store, context: &context)
            let visit = try VisitLookup.resolve(visitId, in: attachments.database)
            let list = try attachments.attachments(visitId: visit)
            if output.json { return context.print(try JSONOutput.encode(list.map(AttachmentJSON.init))) }
            if list.isEmpty { return context.printError(context.text(zh: "该走访没有附件。", en: "This visit has no attachments.")) }
            for a in list { context.print(AttachmentAccess.line(a, context: context)) }
        }
    }
}
