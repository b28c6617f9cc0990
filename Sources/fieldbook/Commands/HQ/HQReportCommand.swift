import ArgumentParser
import FieldbookCore
import FieldbookSync
import Foundation

extension ReportFormat: ExpressibleByArgument {}

/// `fieldbook hq report [--from D] [--to D] [--format text|csv|html] [--out FILE]`
struct HQReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "The figures a bureau reports, by district and inspector.")

    @OptionGroup var store: StoreOptions

    @Option(help: "First visit date included (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Last visit date included (YYYY-MM-DD).")
    var to: String?

    @Option(help: "text, csv or html.")
    var format: ReportFormat = .text

    @Option(help: "Write the report to this file (owner-only) instead of standard output.")
    var out: String?

    func run() throws {
        try CommandContext.run { context in
            let (database, _, _) = try HQDatabase.open(store, context: &context)
            let start = try from.map(parse), end = try to.map(parse)
            let text = ReportRenderer.render(try database.hqReport(from: start, to: end), format: format,
                                             language: context.language)
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
