import ArgumentParser
import FieldbookCore
import TerminalKit

/// `fieldbook list enterprises|visits|recommendations [--search Q] [--format table|csv|json]`
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print enterprises, visits or recommendations as a table, CSV or JSON.")

    enum Subject: String, ExpressibleByArgument, CaseIterable {
        case enterprises, visits, recommendations
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @OptionGroup var store: StoreOptions

    @Argument(help: "enterprises, visits or recommendations.")
    var subject: Subject

    @Option(help: "Only rows whose name, address, credit code or text contains this.")
    var search: String?

    @Option(help: "table (aligned for the terminal), csv or json.")
    var format: Format = .table

    @Option(help: "At most this many rows.")
    var limit: Int?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        try CommandContext.run { context in
            let database = try DatabaseAccess.openExistingForReading(store.path(environment: context.environment), context: &context)
            let listing = ListingColumns(language: context.language, textWidth: format == .table ? 40 : nil)
            let table: (headers: [String], rows: [[String]], numeric: Set<Int>)
            // Encoded only for --format json (a table run used to pay for it too).
            var json = ""
            switch subject {
            case .enterprises:
                let rows = try database.listEnterprises(search: search, limit: limit)
                table = listing.enterprises(rows)
                if format == .json { json = try JSONOutput.encode(rows) }
            case .visits:
                let rows = try database.listVisits(search: search, limit: limit)
                table = listing.visits(rows)
                if format == .json { json = try JSONOutput.encode(rows) }
            case .recommendations:
                let rows = try database.listRecommendations(search: search, limit: limit)
                table = listing.recommendations(rows)
                if format == .json { json = try JSONOutput.encode(rows) }
            }
            switch format {
            case .table:
                if table.rows.isEmpty {
                    context.printError(context.text(zh: "没有符合条件的记录。", en: "No matching records."))
                } else {
                    context.print(TextTable(headers: table.headers, rows: table.rows,
                                            numericColumns: table.numeric, width: { $0.displayWidth }).render())
                }
            case .csv:
                context.print(CSVWriter.document(header: table.headers, rows: table.rows))
            case .json:
                context.print(json)
            }
        }
    }
}
