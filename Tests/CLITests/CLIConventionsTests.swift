import Foundation
import Testing
import TerminalHarness

/// The conventions scripts rely on: `--version`, exit statuses by meaning (sysexits), and
/// `export --out` creating one missing directory level owner-only.
@Suite("Command-line conventions")
struct CLIConventionsTests {
    @Test("--version names the release, the commit it was built from and the schema versions it reads")
    func version() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let result = try cli.run(["--version"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("fieldbook ") == true, "\(lines)")
        // This test runs from a git checkout, so the commit is known: 40 hex digits.
        let commit = try #require(lines.first { $0.hasPrefix("commit: ") })
        let hash = commit.dropFirst("commit: ".count).prefix(40)
        #expect(hash.count == 40 && hash.allSatisfy { $0.isHexDigit }, "\(commit)")
        #expect(lines.contains { $0.hasPrefix("database schema: v1, v2") && $0.contains("sync-v1") }, "\(lines)")
        #expect(lines.contains { $0.contains("bundle format: 1") }, "\(lines)")
    }

    @Test("Each kind of failure exits with its sysexits status")
    func exitStatuses() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = cli.path("f.sqlite")
        // 64: the command line is wrong.
        #expect(try cli.run(["list", "enterprises", "--no-such-option"]).status == 64)
        #expect(try cli.run(["init", "--inspector", "李明", "--district", "洪山区", "--db", db]).status == 64)
        // 66: what was named does not exist.
        #expect(try cli.run(["list", "enterprises", "--db", cli.path("none.sqlite")]).status == 66)
        #expect(try cli.run(["init", "--inspector", "李明", "--language", "en", "--db", db]).status == 0)
        #expect(try cli.run(["import", "enterprises", cli.path("none.csv"), "--db", db]).status == 66)
        // 65: an input was read and refused.
        let errors = FieldbookProcess.samples.appendingPathComponent("enterprises-with-errors.csv").path
        #expect(try cli.run(["import", "enterprises", errors, "--db", db]).status == 65)
        let garbage = cli.path("garbage.zip")
        try Data("not a bundle".utf8).write(to: URL(fileURLWithPath: garbage))
        let hq = cli.path("hq.sqlite")
        #expect(try cli.run(["hq", "init", "--db", hq]).status == 0)
        let refused = try cli.run(["hq", "import", garbage, "--db", hq])
        #expect(refused.status == 65 && refused.stderrLines.count == 1, "\(refused.stderr)")
        // 73: an output cannot be created.
        #expect(try cli.run(["demo", "--db", db]).status == 73)
        let demo = cli.path("demo.sqlite")
        #expect(try cli.run(["demo", "--db", demo]).status == 0)
        let deep = try cli.run(["export", "--db", demo, "--out", cli.path("no/such/dir")])
        #expect(deep.status == 73, "\(deep.stderr)")
        // 1: no sysexits meaning fits (nothing changed since the last export).
        #expect(try cli.run(["export", "--db", demo, "--out", cli.directory.path]).status == 0)
        #expect(try cli.run(["export", "--db", demo, "--out", cli.directory.path]).status == 1)
    }

    @Test("A write to a database another program holds busy exits 75 with a one-line message")
    func databaseBusy() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = cli.path("f.sqlite")
        #expect(try cli.run(["init", "--inspector", "李明", "--language", "en", "--db", db]).status == 0)
        // Python's sqlite3 holds an exclusive write transaction until its stdin closes.
        let holder = try SpawnedProcess("/usr/bin/env", ["python3", "-c", """
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute('BEGIN EXCLUSIVE')
            print('locked', flush=True)
            sys.stdin.read()
            """, db], input: .pipe, output: .pipe)
        defer { try? holder.input?.close(); _ = try? holder.wait(timeout: .seconds(60)) }
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("locked") {
            guard let chunk = holder.output?.availableData, !chunk.isEmpty else { break }
            seen += chunk
        }
        let checklist = FieldbookProcess.samples.appendingPathComponent("checklists/employment-risk.v2.json").path
        let result = try cli.run(["import", "checklist", checklist, "--db", db])
        #expect(result.status == 75, "\(result.stderr)")
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("being written by another program"), "\(result.stderr)")
    }

    @Test("export --out creates a missing directory owner-only when its parent exists")
    func exportCreatesDirectory() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = cli.path("demo.sqlite")
        #expect(try cli.run(["demo", "--db", db]).status == 0)
        let target = cli.path("2026-12-04")
        let result = try cli.run(["export", "--db", db, "--out", target])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(target + "/"))
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        #expect(mode == 0o700)
    }
}
