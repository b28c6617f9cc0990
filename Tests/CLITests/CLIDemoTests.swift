import FieldbookBundle
import FieldbookCore
import Foundation
import Testing

@Suite("fieldbook demo, --demo and demo-data")
struct CLIDemoTests {
    @Test("demo creates a lived-in database that list shows; a second demo leaves the file untouched")
    func demoDatabase() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = cli.path("demo.sqlite")
        let created = try cli.run(["demo", "--db", db])
        #expect(created.status == 0)
        #expect(created.stdout.hasPrefix("Created the demo database"))

        let visits = try cli.run(["list", "visits", "--format", "json", "--db", db])
        let rows = try JSONSerialization.jsonObject(with: Data(visits.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(Set(rows.compactMap { $0["state"] as? String }) == ["draft", "completed", "reopened"])
        let recommendations = try cli.run(["list", "recommendations", "--db", db])
        #expect(recommendations.stdout.contains("(overdue)"))

        // The demo can export: it has a device signing key before anyone asks for one.
        #expect(try AppDatabase.open(path: db).storedDeviceKey() != nil)
        let key = try cli.run(["key", "--db", db])
        #expect(key.status == 0)
        #expect(key.stdout.hasPrefix("ed25519:"))

        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let again = try cli.run(["demo", "--db", db])
        #expect(again.status != 0)
        #expect(again.stderrLines.count == 1)
        #expect(again.stderr.contains("already exists"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.directory.path)
            .filter { $0.contains("partial") }
        #expect(leftovers.isEmpty)
    }

    @Test("--demo without a terminal says so in one line and creates nothing")
    func rootDemoFlagNeedsATerminal() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let xdg = cli.path("xdg")
        // The test's standard input is not a terminal, so the interface cannot open.
        let result = try cli.run(["--demo"], environment: ["XDG_DATA_HOME": xdg, "LANG": "en_US.UTF-8"])
        #expect(result.status != 0)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("needs a terminal"))
        #expect(!FileManager.default.fileExists(atPath: xdg + "/fieldbook/demo.sqlite"))
    }

    @Test("The interface without a terminal, in Chinese: one line, no database created")
    func interfaceNeedsATerminalInChinese() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let database = cli.path("new.sqlite")
        let result = try cli.run(["--db", database], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"])
        #expect(result.status != 0)
        #expect(result.stderrLines.count == 1 && result.stderr.contains("界面需要在终端中运行"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: database))
    }

    @Test("demo-data makes the requested numbers of enterprises and visits")
    func demoData() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = cli.path("bench.sqlite")
        let result = try cli.run(["demo-data", "--enterprises", "40", "--visits", "60", "--seed", "9", "--db", db])
        #expect(result.status == 0)
        #expect(result.stdout.contains("40 enterprises, 60 visits"))
        let counts = try AppDatabase.open(path: db).reader.read { db in
            (try Enterprise.fetchCount(db), try SiteVisit.fetchCount(db))
        }
        #expect(counts == (40, 60))
    }
}
