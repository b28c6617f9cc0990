import ArgumentParser
import FieldbookBundle
import FieldbookCore
import Foundation
import Logging

/// `fieldbook export [--out DIR] [--all | --day YYYY-MM-DD] [--encrypt-to KEY]`
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the end-of-day bundle for headquarters (default: everything changed since the last export).")

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("The directory to write the bundle in (default: exports/ in the data directory, $XDG_DATA_HOME/fieldbook/exports, as in the interface). Created owner-only when missing and its parent exists.", valueName: "dir"),
            completion: .directory)
    var out: String?

    @Flag(help: "Export everything this device has written, not only what changed since the last export.")
    var all = false

    @Option(help: "Re-send the visits of one day (YYYY-MM-DD); the export cursor stays where it is.")
    var day: String?

    @Option(name: .customLong("encrypt-to"), help: "Encrypt the bundle to headquarters' key (the first line of `fieldbook hq key`).")
    var encryptTo: String?

    @OptionGroup var output: ResultFormatOption

    func validate() throws {
        if all && day != nil { throw ValidationError("--all and --day cannot be used together.") }
    }

    func run() throws {
        try CommandContext.run { context in
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
                // One missing level is created (a new day's folder); a missing parent is more likely
                // a typo, and the exporter reports it rather than building a tree somewhere unexpected.
                try Self.createIfParentExists(directory)
            } else {
                // The same place the Export screen uses.
                directory = DataDirectory.url(environment: context.environment).appendingPathComponent("exports")
                try DataDirectory.prepareParent(of: directory.appendingPathComponent("bundle").path)
            }
            let options = ExportOptions(outputDirectory: directory, scope: scope, encryptTo: encryptTo,
                                        checkpoint: ExportTestHold.checkpoint(environment: context.environment))
            let line = ProgressLine(language: context.language)
            defer { line.finish() }
            let result = try BundleExporter(database: database).export(options) { progress in
                if case .records(let file) = progress.phase {
                    line.update(context.text(zh: "导出 \(file.stem)", en: "exporting \(file.stem)"),
                                completed: progress.completed, total: progress.total)
                }
            }
            line.finish()
            Logger(label: "fieldbook.export").info("bundle written", metadata: [
                "bundle": "\(result.bundleId)", "seq": "\(result.sequence)", "bytes": "\(result.bytes)",
                "encrypted": "\(result.encrypted)", "scope": "\(all ? "all" : day != nil ? "day" : "sinceLastExport")",
                "records": "\(result.counts.values.reduce(0, +))",
                "finishedEarlier": "\(result.finishedEarlier.map { String($0.sequence) }.joined(separator: ","))"])
            if output.json { return context.print(try JSONOutput.encode(ExportJSON(result))) }
            for earlier in result.finishedEarlier + (result.finishedInterrupted ? [result] : []) {
                context.print(context.text(zh: "已补完上次中断的第 \(earlier.sequence) 号导出：\(earlier.path)",
                                           en: "Finished bundle #\(earlier.sequence) of an interrupted export: \(earlier.path)"))
                if earlier != result { context.print(ExportSummary.lines(earlier, language: context.language)) }
            }
            context.print(result.path)
            context.print(ExportSummary.lines(result, language: context.language))
        }
    }

    /// Creates `directory` owner-only (0700) when it is missing and its parent is an existing
    /// directory; in every other case the exporter says what is wrong with the path.
    private static func createIfParentExists(_ directory: URL) throws {
        guard !FileManager.default.fileExists(atPath: directory.path) else { return }
        var isDirectory: ObjCBool = false
        let parent = directory.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else { return }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw SyncError.outputNotWritable(parent, reason: error.localizedDescription)
        }
    }
}

/// The counts and size lines printed after an export.
enum ExportSummary {
    static func lines(_ result: ExportResult, language: Language) -> String {
        let names: [(BundleFile, String, String)] = [
            (.enterprises, "企业变更", "enterprises changed"), (.referencedEnterprises, "引用企业", "enterprises referenced"),
            (.visits, "走访", "visits"), (.answers, "检查项", "answers"), (.recommendations, "意见建议", "recommendations"),
            (.auditEvents, "修改记录", "audit events"), (.tombstones, "删除", "deletions"),
            (.attachments, "附件", "attachments")]
        let counts = names.map { file, zh, en in
            language == .zh ? "\(zh) \(result.counts[file] ?? 0)" : "\(result.counts[file] ?? 0) \(en)"
        }.joined(separator: language == .zh ? "，" : ", ")
        let size = ByteCountFormatter.string(fromByteCount: result.bytes, countStyle: .file)
        return language == .zh
            ? "第 \(result.sequence) 号导出：\(counts)；\(size)\(result.encrypted ? "，已加密" : "")"
            : "Bundle #\(result.sequence): \(counts); \(size)\(result.encrypted ? ", encrypted" : "")"
    }
}
