import ArgumentParser
import FieldbookCore
import Foundation
import Logging

/// `fieldbook import enterprises FILE.csv [--encoding utf8|gb18030] [--skip-invalid]`
struct ImportEnterprisesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enterprises",
        abstract: "Import or update enterprises from a registry CSV (UTF-8 or GB18030).",
        discussion: """
            Rows are matched by 统一社会信用代码 / credit_code: a new code is added, a known one \
            updated. Without --skip-invalid, one bad row cancels the whole import.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: ResultFormatOption

    @Argument(help: "The CSV file.", completion: .file(extensions: ["csv"]))
    var file: String

    @Option(help: "utf8 or gb18030 (default: detected).")
    var encoding: TextEncoding?

    @Flag(help: "Import the valid rows and list the rest, instead of importing nothing.")
    var skipInvalid = false

    func run() throws {
        try CommandContext.run { context in
            let database = try DatabaseAccess.openExisting(store.path(environment: context.environment), context: &context)
            let data = try InputFile.read(file)
            let csv = try EnterpriseCSV.read(data, file: file, encoding: encoding)
            do {
                let line = ProgressLine(language: context.language)
                defer { line.finish() }
                let what = context.text(zh: "导入企业", en: "importing enterprises")
                let report = try database.importEnterprises(csv, file: file, skipInvalid: skipInvalid) { done, total in
                    line.update(what, completed: done, total: total)
                }
                line.finish()
                Logger(label: "fieldbook.import").info("registry imported", metadata: [
                    "encoding": "\(report.encoding.rawValue)", "inserted": "\(report.inserted)", "updated": "\(report.updated)",
                    "unchanged": "\(report.unchanged)", "skipped": "\(report.rejections.count)"])
                if output.json {
                    return context.print(try JSONOutput.encode(EnterpriseImportJSON(report, language: context.language)))
                }
                for rejection in report.rejections { context.printError(rejection.message(in: context.language)) }
                if let note = report.ignoredHeadersNote(in: context.language) { context.printError(note) }
                context.print(report.summary(in: context.language))
            } catch let error as EnterpriseImportError {
                if case .rowsRejected(_, let rejections, let total) = error {
                    Logger(label: "fieldbook.import").warning("registry refused", metadata: [
                        "rejectedRows": "\(rejections.count)", "rows": "\(total)",
                        "lines": "\(rejections.prefix(20).map { String($0.line) }.joined(separator: ","))"])
                    for rejection in rejections { context.printError(rejection.message(in: context.language)) }
                }
                throw error
            }
        }
    }
}
