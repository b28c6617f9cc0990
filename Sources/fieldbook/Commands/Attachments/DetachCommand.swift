import ArgumentParser
import FieldbookCore

/// `fieldbook detach ATTACHMENT_ID --reason TEXT [--format json]`
struct DetachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detach",
        abstract: "Detach an attachment, with a reason (audited; the record stays and travels to headquarters).",
        discussion: "The file is kept until the detachment has been exported, then removed if nothing else uses it.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The attachment's id (`fieldbook attachments VISIT_ID` shows them); a unique prefix of 8 or more characters is enough.")
    var attachmentId: String

    @Option(help: "Why it is detached (required).")
    var reason: String

    @OptionGroup var output: ResultFormatOption

    func run() throws {
        try CommandContext.run { context in
            let attachments = try AttachmentAccess.open(store, context: &context)
            let found = try attachments.attachment(id: attachmentId)
            let detached = try attachments.detach(id: found.id, reason: reason)
            if output.json { return context.print(try JSONOutput.encode(AttachmentJSON(detached))) }
            context.print(AttachmentAccess.line(detached, context: context))
        }
    }
}
