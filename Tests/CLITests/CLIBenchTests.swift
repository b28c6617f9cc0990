import Foundation
import Testing

@Suite("fieldbook bench")
struct CLIBenchTests {
    /// Measured only where the tool is installed (vim and less are not on every CI machine).
    static let optionalFigures: Set<String> = ["reference.process.vim", "reference.process.less"]

    static let figures = [
        "startup.dashboard-queries", "startup.first-frame", "search.chinese", "search.initials", "search.creditcode",
        "screen.search.chinese", "screen.search.initials", "screen.search.creditcode", "list.page", "screen.list.page",
        "render.full-frame", "render.one-cell", "memory.ui", "reference.sqlite3.search.chinese",
        "reference.sqlite3.search.creditcode",
        "process.help", "process.list-search", "reference.process.sqlite3-search", "process.interface-first-frame",
        "export.day", "export.full.time", "export.full.size",
        "reference.dump-gzip.time", "reference.dump-gzip.size", "hq.full-import.time", "hq.full-import.memory",
        "hq.import.total", "hq.reimport.total", "memory.sync",
        "documents.notice", "documents.notice.warm", "attachments.attach10MB",
    ]

    // Figures are never judged here (the machine may be loaded): only that every one is measured.
    @Test("a tiny run prints every figure with numbers and writes the same figures as JSON")
    func tinyRun() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let out = cli.path("bench.json")
        let result = try cli.run(["bench", "--quick", "--enterprises", "200", "--visits", "300", "--bundles", "5",
                                  "--runs", "5", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        for key in Self.figures {
            let line = lines.first { $0.first.map(String.init) == key }
            #expect(line != nil, "no line for \(key)")
            guard let line, line.count >= 6 else { continue }
            #expect(Int(line[1]) != nil, "\(key): runs \(line[1])")
            #expect(Double(line[2])?.isFinite == true, "\(key): median \(line[2])")
            #expect(Double(line[3])?.isFinite == true, "\(key): p99 \(line[3])")
        }
        #expect(result.stdout.contains("200 enterprises, 300 visits, 5 HQ bundles"))
        // The re-import changed nothing and the day's export held its 30 visits, else the run fails.
        #expect(result.stdout.contains("hq.reimport.total: changed nothing"))

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any]
        let keys = (json?["figures"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
        #expect(keys.filter { !Self.optionalFigures.contains($0) } == Self.figures)
        // The interface really drew its dashboard on the pseudo-terminal (else the run throws), and
        // the list search is compared with the sqlite3 shell.
        #expect(result.stdout.contains("process.list-search: ") && result.stdout.contains("× the sqlite3 shell"))
    }

    @Test("--only measures just the parts asked for")
    func onlySomeGroups() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let out = cli.path("bench.json")
        let result = try cli.run(["bench", "--enterprises", "100", "--visits", "100", "--runs", "3",
                                  "--only", "paging", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any]
        let keys = (json?["figures"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
        #expect(keys == ["list.page", "screen.list.page", "memory.ui"])
        #expect(!result.stdout.contains("export.day"))
    }

    @Test("--db measures the database given, and a missing one is refused before anything is generated")
    func existingDatabase() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let missing = cli.path("missing.sqlite")
        let refused = try cli.run(["bench", "--db", missing, "--only", "render", "--runs", "1"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains(missing))

        let existing = cli.path("small.sqlite")
        let made = try cli.run(["demo-data", "--enterprises", "120", "--visits", "30", "--db", existing])
        #expect(made.status == 0, "\(made.stderr)")
        let measured = try cli.run(["bench", "--db", existing, "--only", "paging", "--runs", "2"])
        #expect(measured.status == 0, "\(measured.stderr)")
        #expect(measured.stdout.contains("120 enterprises, 30 visits"))
        #expect(!measured.stdout.contains("generated in"))
    }
}
