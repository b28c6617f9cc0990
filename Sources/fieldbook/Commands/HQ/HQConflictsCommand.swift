import ArgumentParser
import FieldbookCore
import FieldbookSync

/// `fieldbook hq conflicts`: the records two devices changed differently, both versions kept.
struct HQConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts", abstract: "List records with two versions kept side by side.")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print both versions of each conflict in full (JSON).")
    var full = false

    func run() throws {
        try CommandContext.run { context in
            let (database, _, _) = try HQDatabase.open(store, context: &context)
            let conflicts = try database.hqConflicts()
            guard !conflicts.isEmpty else {
                context.print(context.text(zh: "没有冲突。", en: "No conflicts."))
                return
            }
            for conflict in conflicts {
                context.print(context.text(
                    zh: "\(conflict.detectedAt.iso8601)  \(conflict.recordType) \(conflict.recordId)  \(conflict.kind)：总部版本 r\(conflict.currentRevision)（\(conflict.currentDeviceId)），新版本 r\(conflict.incomingRevision)（\(conflict.incomingDeviceId)）",
                    en: "\(conflict.detectedAt.iso8601)  \(conflict.recordType) \(conflict.recordId)  \(conflict.kind): HQ holds r\(conflict.currentRevision) (\(conflict.currentDeviceId)), incoming r\(conflict.incomingRevision) (\(conflict.incomingDeviceId))"))
                if full {
                    context.print("  current:  " + conflict.currentJSON)
                    context.print("  incoming: " + conflict.incomingJSON)
                }
            }
            context.print(context.text(zh: "共 \(conflicts.count) 处冲突。", en: "\(conflicts.count) conflicts."))
        }
    }
}
