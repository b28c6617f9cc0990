import Foundation
import Testing
@testable import fieldbook

/// Long commands show progress on stderr when it is a terminal, and print nothing extra when it
/// is not (a script, a pipe, CI).
@Suite("Progress on a terminal, silence otherwise")
struct CLIProgressTests {
    @Test("Without a terminal demo-data, export --all, import enterprises and hq import print no progress")
    func quietWithoutTerminal() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = cli.path("big.sqlite")
        let made = try cli.run(["demo-data", "--enterprises", "6000", "--visits", "300", "--db", db])
        #expect(made.status == 0 && made.stderr.isEmpty, "\(made.stderr)")
        let exported = try cli.run(["export", "--all", "--db", db, "--out", cli.directory.path])
        #expect(exported.status == 0 && exported.stderr.isEmpty, "\(exported.stderr)")
        let again = try cli.run(["export", "--all", "--db", db, "--out", cli.directory.path])
        let fresh = cli.path("fresh.sqlite")
        #expect(try cli.run(["init", "--inspector", "李明", "--language", "en", "--db", fresh]).status == 0)
        let csv = FieldbookProcess.samples.appendingPathComponent("enterprises.csv").path
        let imported = try cli.run(["import", "enterprises", csv, "--db", fresh])
        #expect(imported.status == 0 && imported.stderr.isEmpty, "\(imported.stderr)")
        let hq = cli.path("hq.sqlite")
        #expect(try cli.run(["hq", "init", "--db", hq]).status == 0)
        let checklist = FieldbookProcess.samples.appendingPathComponent("checklists/employment-risk.v2.json").path
        #expect(try cli.run(["import", "checklist", checklist, "--db", hq]).status == 0)
        let bundles = [exported, again].map { String($0.stdout.split(separator: "\n")[0]) }
        let merged = try cli.run(["hq", "import", "--accept-unknown", "--db", hq] + bundles)
        #expect(merged.status == 0 && merged.stderr.isEmpty, "\(merged.stderr)")
    }

    @Test("On a terminal demo-data shows its counts and percentage, then clears the line")
    func progressOnTerminal() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = cli.path("big.sqlite")
        // util-linux's `script` runs the command on a pseudo-terminal and copies what it writes.
        let command = "'\(FieldbookProcess.binary.path)' demo-data --enterprises 6000 --visits 300 --db '\(db)'"
        let result = try cli.run(["-qec", command, "/dev/null"], executable: "/usr/bin/script")
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("enterprises 5,000/6,000 (83%)"), "\(result.stdout)")
        #expect(result.stdout.contains("visits 300/300 (100%)"), "\(result.stdout)")
        #expect(result.stdout.contains("\r\u{1B}[KGenerated"), "\(result.stdout)")
    }

    @Test("The line gives counts, a percentage and, after a second, an estimate of the time left")
    func wording() {
        #expect(ProgressLine.text("visits", completed: 1_500, total: 200_000, elapsed: .milliseconds(500), language: .en)
                == "visits 1,500/200,000 (0%)")
        #expect(ProgressLine.text("visits", completed: 50, total: 100, elapsed: .seconds(20), language: .en)
                == "visits 50/100 (50%), about 20 s left")
        #expect(ProgressLine.text("走访", completed: 25, total: 100, elapsed: .seconds(60), language: .zh)
                == "走访 25/100 (25%)，约剩 3 分钟")
        #expect(ProgressLine.text("visits", completed: 100, total: 100, elapsed: .seconds(60), language: .en)
                == "visits 100/100 (100%)")
    }
}
