import FieldbookCore
import Foundation
import Testing

/// Every CSV the command line writes goes through `CSVWriter`: a cell a spreadsheet would run
/// (starting with = + - @, tab or CR) is written behind an apostrophe. One test per output.
@Suite("CSV output cannot run in a spreadsheet")
struct CLICSVGuardTests {
    static let hostile = ["=HYPERLINK(\"http://x\",\"点我\")", "+86 0719 8231456", "@SUM(1+1)", "-2+3", "\t=1+1"]

    /// A demo database whose enterprises with visits all get hostile names, in turn (raw SQL: the
    /// interface and import accept such names too, this is only quicker).
    func hostileDemo(_ cli: FieldbookProcess) throws -> String {
        let db = cli.path("demo.sqlite")
        #expect(try cli.run(["demo", "--db", db]).status == 0)
        try AppDatabase.open(path: db).writer.write { db in
            let ids = try String.fetchAll(db, sql: "SELECT DISTINCT enterpriseId FROM siteVisit ORDER BY enterpriseId")
            for (index, id) in ids.enumerated() {
                let name = Self.hostile[index % Self.hostile.count]
                try db.execute(sql: "UPDATE enterprise SET name = ? WHERE id = ?", arguments: [name, id])
            }
        }
        return db
    }

    /// The cells of a CSV document, read back by the registry importer's RFC 4180 parser.
    func cells(_ csv: String) -> [String] {
        #expect(csv.hasPrefix("\u{FEFF}"))
        let records = (try? CSVParser.parse(String(csv.dropFirst()))) ?? []
        #expect(!records.isEmpty)
        return records.flatMap(\.fields).filter { !$0.isEmpty }
    }

    func expectGuarded(_ csv: String, including expected: [String] = hostile.map { "'" + $0 },
                       sourceLocation: SourceLocation = #_sourceLocation) {
        let cells = cells(csv)
        let starts = cells.filter { $0.first.map { "=+-@\t\r".contains($0) } ?? false }
        #expect(starts.isEmpty, "unguarded cells: \(starts)", sourceLocation: sourceLocation)
        #expect(cells.contains { expected.contains($0) }, "\(cells)", sourceLocation: sourceLocation)
    }

    @Test("list enterprises, visits and recommendations --format csv")
    func lists() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = try hostileDemo(cli)
        for subject in ["enterprises", "visits", "recommendations"] {
            let result = try cli.run(["list", subject, "--format", "csv", "--db", db])
            #expect(result.status == 0, "\(result.stderr)")
            expectGuarded(result.stdout)
        }
        let enterprises = try cli.run(["list", "enterprises", "--format", "csv", "--db", db]).stdout
        let enterpriseCells = cells(enterprises)
        for name in Self.hostile { #expect(enterpriseCells.contains("'" + name), "\(name)") }
    }

    @Test("hq report --format csv")
    func report() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = try hostileDemo(cli)
        // The inspector's name reaches the report's by-inspector table.
        try AppDatabase.open(path: db).writer.write { db in
            try db.execute(sql: "UPDATE inspector SET name = ?", arguments: ["=1+1"])
        }
        let hq = cli.path("hq.sqlite")
        #expect(try cli.run(["hq", "init", "--db", hq]).status == 0)
        let checklist = FieldbookProcess.samples.appendingPathComponent("checklists/employment-risk.v2.json").path
        #expect(try cli.run(["import", "checklist", checklist, "--db", hq]).status == 0)
        let exported = try cli.run(["export", "--db", db, "--out", cli.directory.path])
        #expect(exported.status == 0, "\(exported.stderr)")
        let bundle = String(exported.stdout.split(separator: "\n")[0])
        let imported = try cli.run(["hq", "import", bundle, "--accept-unknown", "--db", hq])
        #expect(imported.status == 0, "\(imported.stderr)")
        let result = try cli.run(["hq", "report", "--format", "csv", "--db", hq])
        #expect(result.status == 0, "\(result.stderr)")
        expectGuarded(result.stdout, including: ["'=1+1"])
    }
}
