import ArgumentParser
import FieldbookBundle
import FieldbookCore
import FieldbookHQ

/// `fieldbook hq resolve CONFLICT_ID --keep current|incoming|DEVICE [--by NAME]`
struct HQResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve", abstract: "Choose which version of a conflict headquarters keeps.",
        discussion: """
            The kept version becomes current; the conflict records who chose it and when (both versions stay \
            in it, `hq conflicts --all` shows them), and the record's audit log says the same.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The conflict's id as `hq conflicts` prints it (its first 8 characters are enough).")
    var conflict: String

    @Option(help: "current (or mine): HQ's version; incoming (or theirs): the bundle's; or the id (prefix) of the device whose version to keep.")
    var keep: String

    @Option(help: "Who decides (default: the login name).")
    var by: String?

    func run() throws {
        try CommandContext.run { context in
            let (database, _, _) = try HQStoreAccess.open(store, context: &context)
            let person = try HQStoreAccess.person(by, context: context)
            let resolved = try database.resolveHQConflict(conflict, keep: HQConflictChoice(keep), by: person)
            let kept = resolved.resolution == "current"
                ? (zh: "总部版本 r\(resolved.currentRevision)（\(resolved.currentDeviceId)）",
                   en: "HQ's version r\(resolved.currentRevision) (\(resolved.currentDeviceId))")
                : (zh: "新版本 r\(resolved.incomingRevision)（\(resolved.incomingDeviceId)）",
                   en: "the incoming version r\(resolved.incomingRevision) (\(resolved.incomingDeviceId))")
            context.print(context.text(
                zh: "冲突 \(resolved.id) 已处理：\(resolved.recordType) \(resolved.recordId) 保留\(kept.zh)，处理人 \(person)。",
                en: "Conflict \(resolved.id) resolved: \(resolved.recordType) \(resolved.recordId) keeps \(kept.en); by \(person)."))
        }
    }
}
