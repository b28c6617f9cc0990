import ArgumentParser
import FieldbookBundle
import FieldbookCore
import FieldbookHQ
import Foundation
import Logging

/// `fieldbook hq import FILE_OR_DIR… [--accept-unknown]`
struct HQImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Verify and merge bundles (files, or directories of them); each one whole or not at all.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "Bundle files (.zip, .fbsealed) or directories holding them.", completion: .file())
    var paths: [String]

    @Flag(name: .customLong("accept-unknown"), help: "Also accept bundles from devices not trusted with `fieldbook hq trust`.")
    var acceptUnknown = false

    @OptionGroup var output: ResultFormatOption

    func run() throws {
        try CommandContext.run { context in
            let (database, keyring, _) = try HQStoreAccess.open(store, context: &context)
            let importer = HQImporter(database: database, keyring: keyring, acceptUnknownSigners: acceptUnknown)
            let files = try HQImporter.bundleFiles(in: paths)
            let log = Logger(label: "fieldbook.hq")
            var summary = HQImportJSON()
            var refusals: [ExitStatus] = []
            let line = ProgressLine(language: context.language)
            defer { line.finish() }
            var index = 0
            // Many bundles share a transaction (each in its own savepoint, `HQImporter.importFiles`);
            // what a user sees is per file, as if each had its own.
            try importer.importFiles(files) { url, outcome in
                index += 1
                // Only for many bundles: one file's own lines say enough.
                if files.count > 1 { line.update(context.text(zh: "导入文件", en: "importing bundles"), completed: index, total: files.count) }
                do {
                    let report = try outcome.get()
                    summary.add(report, path: url.path)
                    log.info("bundle merged", metadata: [
                        "bundle": "\(report.bundleId)", "device": "\(report.deviceId)", "seq": "\(report.sequence)",
                        "already": "\(report.alreadyImported)", "inserted": "\(report.total(\.inserted))",
                        "updated": "\(report.total(\.updated))", "deleted": "\(report.total(\.deleted))",
                        "conflicts": "\(report.total(\.conflicts))", "missing": "\(report.missingSequences.count)"])
                    guard !output.json else { return }
                    line.finish()
                    context.print(MergeSummary.line(report, language: context.language))
                    if !report.missingSequences.isEmpty {
                        context.print(MergeSummary.gapLine(report, language: context.language))
                    }
                } catch let error as any UserFacingError {
                    // One refused bundle does not stop the others: each is merged or refused whole.
                    let status = ExitStatus.of(error)
                    refusals.append(status)
                    log.warning("bundle refused", metadata: ["file": "\(url.lastPathComponent)", "reason": "\(LogDescription.of(error))"])
                    summary.refuse(url.path, message: error.message(in: context.language), status: status)
                    line.finish()
                    context.printError(error.message(in: context.language))
                }
            }
            line.finish()
            if output.json { context.print(try JSONOutput.encode(summary)) }
            guard let status = ExitStatus.combined(refusals) else { return }
            if files.count > 1 {
                context.printError(context.text(
                    zh: "\(files.count) 个文件中 \(refusals.count) 个被拒绝，\(files.count - refusals.count) 个已处理。",
                    en: "\(refusals.count) of \(files.count) bundles refused; \(files.count - refusals.count) processed."))
            }
            throw ExitCode(status.rawValue)
        }
    }
}

/// One line per imported bundle.
enum MergeSummary {
    static func line(_ report: MergeReport, language: Language) -> String {
        let who = "\(report.fileName) (\(report.inspector) #\(report.sequence))"
        if report.alreadyImported {
            return language == .zh ? "\(who)：此前已导入，未作任何改动。" : "\(who): already imported before; nothing changed."
        }
        let (inserted, updated, unchanged, older, conflicts, deleted) = (
            report.total(\.inserted), report.total(\.updated), report.total(\.unchanged), report.total(\.older),
            report.total(\.conflicts), report.total(\.deleted))
        if !report.changedAnything {
            return language == .zh ? "\(who)：内容与总部一致，未作任何改动（\(unchanged) 条相同，\(older) 条较旧）。"
                : "\(who): identical to what headquarters holds; nothing changed (\(unchanged) same, \(older) older)."
        }
        return language == .zh
            ? "\(who)：新增 \(inserted)，更新 \(updated)，删除 \(deleted)，未变 \(unchanged)，较旧忽略 \(older)，冲突 \(conflicts)。"
            : "\(who): \(inserted) added, \(updated) updated, \(deleted) deleted, \(unchanged) unchanged, \(older) older ignored, \(conflicts) conflicts."
    }

    static func gapLine(_ report: MergeReport, language: Language) -> String {
        let missing = report.missingSequences.map(String.init).joined(separator: ", ")
        return language == .zh ? "  注意：该设备第 \(missing) 号导出文件尚未导入（已接受本文件）。"
            : "  Note: this device's bundle(s) #\(missing) have not been imported yet (this one was accepted)."
    }
}
