import ArgumentParser
import FieldbookBundle
import FieldbookCore
import FieldbookHQ

/// `fieldbook hq conflicts`: the records two devices changed differently, both versions kept.
struct HQConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts", abstract: "List records with two versions kept side by side (open ones; --all for resolved too).")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print both versions of each conflict in full (JSON).")
    var full = false

    @Flag(help: "Include conflicts already resolved, with who kept which version and when.")
    var all = false

    @OptionGroup var output: ResultFormatOption

    func run() throws {
        try CommandContext.run { context in
            let (database, _, _) = try HQStoreAccess.open(store, context: &context)
            let conflicts = try database.hqConflicts(includingResolved: all)
            // Always both versions in full: a script has no second look.
            if output.json { return context.print(try JSONOutput.encode(conflicts.map(HQConflictJSON.init))) }
            guard !conflicts.isEmpty else {
                context.print(context.text(zh: all ? "没有冲突。" : "没有待处理的冲突。", en: all ? "No conflicts." : "No open conflicts."))
                return
            }
            for conflict in conflicts {
                context.print(context.text(
                    zh: "\(conflict.id)  \(conflict.detectedAt.iso8601)  \(conflict.recordType) \(conflict.recordId)  \(conflict.kind)：总部版本 r\(conflict.currentRevision)（\(conflict.currentDeviceId)），新版本 r\(conflict.incomingRevision)（\(conflict.incomingDeviceId)）",
                    en: "\(conflict.id)  \(conflict.detectedAt.iso8601)  \(conflict.recordType) \(conflict.recordId)  \(conflict.kind): HQ holds r\(conflict.currentRevision) (\(conflict.currentDeviceId)), incoming r\(conflict.incomingRevision) (\(conflict.incomingDeviceId))"))
                if let kept = conflict.resolution, let by = conflict.resolvedBy, let at = conflict.resolvedAt {
                    context.print(context.text(zh: "  已处理：保留\(kept == "current" ? "总部版本" : "新版本")，\(by)，\(at.iso8601)",
                                               en: "  resolved: kept \(kept), by \(by) at \(at.iso8601)"))
                }
                if full {
                    context.print("  current:  " + conflict.currentJSON)
                    context.print("  incoming: " + conflict.incomingJSON)
                }
            }
            context.print(context.text(zh: "共 \(conflicts.count) 处冲突。用 fieldbook hq resolve 编号 --keep current|incoming 处理。",
                                       en: "\(conflicts.count) conflicts. Resolve one with fieldbook hq resolve ID --keep current|incoming."))
        }
    }
}
