import FieldbookCore
import Foundation
import Testing

/// Every error a user can cause: one line on stderr, a non-zero exit, the database as it was.
@Suite("Command-line errors")
struct CLIErrorTests {
    func enterpriseCount(_ path: String) throws -> Int {
        try AppDatabase.open(path: path).reader.read { try Enterprise.fetchCount($0) }
    }

    @Test("Listing a database that does not exist says how to create one and creates nothing")
    func missingDatabase() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let result = try cli.run(["list", "enterprises", "--db", cli.path("none.sqlite")])
        #expect(result.status != 0)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("fieldbook init --inspector NAME"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("none.sqlite")))
    }

    @Test("An unknown district is refused in the user's language before anything is created")
    func unknownDistrict() throws {
        var cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        cli.language = "zh_CN.UTF-8"
        let result = try cli.run(["init", "--inspector", "李明", "--district", "洪山区", "--db", cli.path("f.sqlite")])
        #expect(result.status != 0)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("“洪山区”不是十堰市的区县"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("f.sqlite")))
    }

    @Test("A second init is refused and keeps the first inspector")
    func initTwice() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = cli.path("f.sqlite")
        #expect(try cli.run(["init", "--inspector", "李明", "--language", "en", "--db", db]).status == 0)
        let again = try cli.run(["init", "--inspector", "王芳", "--db", db])
        #expect(again.status != 0)
        #expect(again.stderrLines.count == 1)
        #expect(try AppDatabase.open(path: db).currentInspector()?.name == "李明")
    }

    @Test("A CSV with bad rows lists each with its line, then one error line, and imports nothing")
    func badRowsImportNothing() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = cli.path("f.sqlite")
        try cli.run(["init", "--inspector", "李明", "--language", "en", "--db", db])
        let file = FieldbookProcess.samples.appendingPathComponent("enterprises-with-errors.csv").path
        let result = try cli.run(["import", "enterprises", file, "--db", db])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        let lines = result.stderrLines
        #expect(lines.count == 7)
        #expect(lines.first?.hasPrefix("line 3: unified social credit code") == true)
        #expect(lines.last?.contains("6 of 10 rows have errors") == true)
        #expect(lines.last?.contains("--skip-invalid") == true)
        #expect(try enterpriseCount(db) == 0)

        let skipping = try cli.run(["import", "enterprises", file, "--skip-invalid", "--db", db])
        #expect(skipping.status == 0)
        #expect(skipping.stdout.contains("4 inserted"))
        #expect(try enterpriseCount(db) == 4)
    }

    @Test("A missing import file is one line naming it, and the database keeps its rows")
    func missingFile() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = cli.path("f.sqlite")
        try cli.run(["init", "--inspector", "李明", "--language", "en", "--db", db])
        let gb = FieldbookProcess.samples.appendingPathComponent("enterprises-gb18030.csv").path
        let imported = try cli.run(["import", "enterprises", gb, "--db", db])
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("(GB18030): 6 inserted"))
        let result = try cli.run(["import", "enterprises", "nowhere.csv", "--db", db])
        #expect(result.status != 0)
        #expect(result.stderr == "Cannot read nowhere.csv: no such file. Check the path and its permissions.\n")
        #expect(try enterpriseCount(db) == 6)
    }

    @Test("A forced wrong encoding is explained, with the other encoding suggested")
    func wrongEncoding() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = cli.path("f.sqlite")
        try cli.run(["init", "--inspector", "李明", "--language", "en", "--db", db])
        let gb = FieldbookProcess.samples.appendingPathComponent("enterprises-gb18030.csv").path
        let result = try cli.run(["import", "enterprises", gb, "--encoding", "utf8", "--db", db])
        #expect(result.status != 0)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("--encoding gb18030"))
        #expect(try enterpriseCount(db) == 0)
    }
}
