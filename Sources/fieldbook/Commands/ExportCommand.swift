import ArgumentParser
import FieldbookCore
import FieldbookSync
import Foundation

/// `fieldbook export [--out DIR] [--all | --day YYYY-MM-DD] [--encrypt-to KEY]`
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the end-of-day bundle for headquarters (default: everything changed since the last export).")

    @OptionGroup var store: StoreOptions

    @Option(help: "The directory to write the bundle in (default: exports/ in the data directory, $XDG_DATA_HOME/fieldbook/exports, as in the interface; created owner-only when missing).")
    var out: String?

    @Flag(help: "Export everything this device has written, not only what changed since the last export.")
    var all = false

    @Option(help: "Re-send the visits of one day (YYYY-MM-DD); the export cursor stays where it is.")
    var day: String?

    @Option(name: .customLong("encrypt-to"), help: "Encrypt the bundle to headquarters' key (the first line of `fieldbook hq key`).")
    var encryptTo: String?

    func validate() throws {
        if all && day != nil { throw ValidationError("--all and --day cannot be used together.") }
    }

    func run() throws {
        try CommandContext.run { context in
            // A file-size limit (ulimit -f) must fail the write with EFBIG, not kill the process.
            signal(SIGXFSZ, SIG_IGN)
            let database = try DatabaseAccess.openExisting(store.path(environment: context.environment), context: &context)
            var scope = ExportScope.sinceLastExport
            if all { scope = .all }
            if let day {
                guard let date = LocalDate(day) else { throw SyncError.invalidDate(day) }
                scope = .day(date)
            }
            let directory: URL
            if let out {
                directory = URL(fileURLWithPath: DataDirectory.expandingTilde(out, environment: context.environment))
            } else {
                // The same place the Export screen uses; a directory given with --out must exist, so a
                // typo is reported rather than silently created.
                directory = DataDirectory.url(environment: context.environment).appendingPathComponent("exports")
                try DataDirectory.prepareParent(of: directory.appendingPathComponent("bundle").path)
            }
            let result = try BundleExporter(database: database)
                .export(ExportOptions(outputDirectory: directory, scope: scope, encryptTo: encryptTo))
            context.print(result.path)
            context.print(ExportSummary.lines(result, language: context.language))
        }
    }
}

/// The counts and size lines printed after an export.
enum ExportSummary {
    static func lines(_ result: ExportResult, language: Language) -> String {
        let names: [(BundleFile, String, String)] = [
            (.enterprises, "企业变更", "enterprises changed"), (.referencedEnterprises, "引用企业", "enterprises referenced"),
            (.visits, "走访", "visits"), (.answers, "检查项", "answers"), (.recommendations, "意见建议", "recommendations"),
            (.auditEvents, "修改记录", "audit events"), (.tombstones, "删除", "deletions")]
        let counts = names.map { file, zh, en in
            language == .zh ? "\(zh) \(result.counts[file] ?? 0)" : "\(result.counts[file] ?? 0) \(en)"
        }.joined(separator: language == .zh ? "，" : ", ")
        let size = ByteCountFormatter.string(fromByteCount: result.bytes, countStyle: .file)
        return language == .zh
            ? "第 \(result.sequence) 号导出：\(counts)；\(size)\(result.encrypted ? "，已加密" : "")"
            : "Bundle #\(result.sequence): \(counts); \(size)\(result.encrypted ? ", encrypted" : "")"
    }
}
