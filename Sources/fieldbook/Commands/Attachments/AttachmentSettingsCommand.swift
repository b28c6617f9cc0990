import ArgumentParser
import FieldbookCore

/// `fieldbook attachment-settings [--max-file MB] [--max-visit MB]`
struct AttachmentSettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attachment-settings",
        abstract: "Show or change the attachment limits: per file (default 25 MB) and per visit (default 200 MB).")

    @OptionGroup var store: StoreOptions

    @Option(name: .customLong("max-file"), help: "The largest file that may be attached, in MB (1 MB = 1,000,000 bytes).")
    var maxFile: Int?

    @Option(name: .customLong("max-visit"), help: "The most all of a visit's attached files may take together, in MB.")
    var maxVisit: Int?

    func run() throws {
        try CommandContext.run { context in
            let database = try DatabaseAccess.openExisting(store.path(environment: context.environment), context: &context)
            var limits = try database.attachmentLimits()
            if let maxFile { limits.maxFileBytes = Int64(maxFile) * AttachmentLimits.megabyte }
            if let maxVisit { limits.maxVisitBytes = Int64(maxVisit) * AttachmentLimits.megabyte }
            if maxFile != nil || maxVisit != nil { try database.saveAttachmentLimits(limits) }
            context.print(context.text(zh: "每个文件上限：", en: "Per file: ") + AttachmentLimits.describe(limits.maxFileBytes))
            context.print(context.text(zh: "每次走访上限：", en: "Per visit: ") + AttachmentLimits.describe(limits.maxVisitBytes))
        }
    }
}
