import ArgumentParser
import FieldbookBundle
import FieldbookCore
import FieldbookHQ
import Foundation

/// The report's formats: the three `ReportRenderer` writes, and JSON for scripts.
enum HQReportOutput: String, ExpressibleByArgument, CaseIterable {
    case text, csv, html, json

    var rendered: ReportFormat? { ReportFormat(rawValue: rawValue) }
}

/// `fieldbook hq report [--from D] [--to D] [--format text|csv|html|json] [--out FILE]`
struct HQReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "The figures a bureau reports, by district and inspector.")

    @OptionGroup var store: StoreOptions

    @Option(help: "First visit date included (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Last visit date included (YYYY-MM-DD).")
    var to: String?

    @Option(help: "text, csv, html or json (docs/schemas/cli/hq-report.schema.json).")
    var format: HQReportOutput = .text

    @Option(help: "Write the report to this file (owner-only) instead of standard output.", completion: .file())
    var out: String?

    func run() throws {
        try CommandContext.run { context in
            let (database, _, _) = try HQStoreAccess.open(store, context: &context)
            let start = try from.map(parse), end = try to.map(parse)
            let data = try database.hqReport(from: start, to: end)
            let text = try format.rendered.map { ReportRenderer.render(data, format: $0, language: context.language) }
                ?? JSONOutput.encode(HQReportJSON(data))
            guard let out else { return context.print(text) }
            let url = URL(fileURLWithPath: DataDirectory.expandingTilde(out, environment: context.environment))
            do {
                try Data(text.utf8).write(to: url, options: .atomic)
            } catch {
                throw CLIError.cannotWrite(url.path, reason: error.localizedDescription)
            }
            context.print(url.path)
        }
    }

    private func parse(_ text: String) throws -> LocalDate {
        guard let date = LocalDate(text) else { throw SyncError.invalidDate(text) }
        return date
    }
}
