import Foundation
import TerminalKit
import Testing

@Suite("fieldbook list")
struct CLIListTests {
    /// A database with the sample registry, made through the command line.
    func registry(_ cli: FieldbookProcess, language: String = "en") throws -> String {
        let db = cli.path("f.sqlite")
        try cli.run(["init", "--inspector", "李明", "--language", language, "--db", db])
        let csv = FieldbookProcess.samples.appendingPathComponent("enterprises.csv").path
        #expect(try cli.run(["import", "enterprises", csv, "--db", db]).status == 0)
        return db
    }

    @Test("The table lines up Chinese names by display width")
    func alignedTable() throws {
        setlocale(LC_ALL, "C.UTF-8")
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = try registry(cli, language: "zh")
        let result = try cli.run(["list", "enterprises", "--db", db])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2 + 66)
        #expect(lines[0].hasPrefix("统一社会信用代码"))
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
        // Every row's third column (the district) starts at the same display column as its header.
        let districtColumn = try #require(lines[0].range(of: "区县")).lowerBound
        let expected = lines[0][..<districtColumn].displayWidth
        for line in lines.dropFirst(2) {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            let district = try #require(line.range(of: " " + fields[2] + " ")).lowerBound
            #expect(line[...district].displayWidth == expected, "\(line)")
        }
    }

    @Test("--search narrows the rows and --format csv and json carry the same rows")
    func searchAndFormats() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = try registry(cli)
        let table = try cli.run(["list", "enterprises", "--search", "武当山", "--db", db])
        let tableRows = table.stdout.split(separator: "\n").dropFirst(2)
        #expect(!tableRows.isEmpty)
        #expect(tableRows.allSatisfy { $0.contains("武当山") })

        let csv = try cli.run(["list", "enterprises", "--search", "武当山", "--format", "csv", "--db", db])
        let csvLines = csv.stdout.split(separator: "\r\n")
        // The byte-order mark first, so that Excel reads the Chinese as UTF-8.
        #expect(csvLines.first?.hasPrefix("\u{FEFF}Credit code,Name,District") == true)
        #expect(csvLines.count == tableRows.count + 1)

        let json = try cli.run(["list", "enterprises", "--search", "武当山", "--format", "json", "--db", db])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(decoded?.count == tableRows.count)
        #expect((decoded?.first?["name"] as? String)?.contains("武当山") == true)
    }

    @Test("An empty result says so on stderr and succeeds")
    func noRows() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = try registry(cli)
        let result = try cli.run(["list", "recommendations", "--db", db])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "No matching records.\n")
    }
}
