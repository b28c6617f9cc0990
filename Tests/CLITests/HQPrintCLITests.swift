import FieldbookCore
import Foundation
import Testing

/// The hash round trip: a laptop hands a notice over (its SHA-256 recorded on the visit), exports,
/// HQ imports, and `hq print` regenerates the same bytes from merged data — or says it cannot.
@Suite struct HQPrintCLITests {
    @Test func headquartersRegeneratesExactlyWhatWasHandedOver() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let laptop = cli.path("laptop.sqlite"), hq = cli.path("hq.sqlite")
        #expect(try cli.run(["demo", "--db", laptop]).status == 0)
        let store = try AppDatabase.open(path: laptop)
        let visit = try #require(try store.visits(offset: 0, limit: 50).rows.first { $0.type == .wageArrearsCheck })
        let handed = cli.path("handed.pdf")
        #expect(try cli.run(["print", visit.id, "--doc", "notice", "--out", handed, "--db", laptop]).status == 0)
        let recordFile = cli.path("record.pdf")
        #expect(try cli.run(["print", visit.id, "--doc", "record", "--out", recordFile, "--db", laptop]).status == 0)

        #expect(try cli.run(["hq", "init", "--db", hq]).status == 0)
        let checklist = FieldbookProcess.samples.appendingPathComponent("checklists/employment-risk.v2.json").path
        #expect(try cli.run(["import", "checklist", checklist, "--db", hq]).status == 0)
        let key = try cli.run(["key", "--db", laptop]).stdout.split(separator: "\n")[0]
        #expect(try cli.run(["hq", "trust", String(key), "--inspector", "李明", "--db", hq]).status == 0)
        let exported = try cli.run(["export", "--db", laptop, "--out", cli.path("out")])
        #expect(exported.status == 0, "\(exported.stderr)")
        let bundle = String(exported.stdout.split(separator: "\n")[0])
        let imported = try cli.run(["hq", "import", bundle, "--db", hq])
        #expect(imported.status == 0, "\(imported.stderr)")

        let regenerated = cli.path("regenerated.pdf")
        let check = try cli.run(["hq", "print", String(visit.id.prefix(8)), "--doc", "notice", "--out", regenerated,
                                 "--db", hq])
        #expect(check.status == 0, "\(check.stdout) \(check.stderr)")
        #expect(check.stdout.contains("MATCHES"), "\(check.stdout)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: regenerated)) == Data(contentsOf: URL(fileURLWithPath: handed)))
        let record = try cli.run(["hq", "print", visit.id, "--doc", "record", "--out", cli.path("r2.pdf"), "--db", hq])
        #expect(record.status == 0 && record.stdout.contains("MATCHES"), "\(record.stdout)")

        // Merged data that differs from what was handed over no longer matches, and says so.
        let edit = try ExternalTool.run("sqlite3", [hq, "UPDATE answer SET note = note || '（总部改动）' WHERE visitId = '\(visit.id)' AND value = 'nonCompliant'"])
        #expect(edit.status == 0)
        let changed = try cli.run(["hq", "print", visit.id, "--doc", "notice", "--out", cli.path("changed.pdf"), "--db", hq])
        #expect(changed.status == 1)
        #expect(changed.stdout.contains("DOES NOT MATCH"), "\(changed.stdout)")

        // A visit whose documents were never handed over has nothing to compare with.
        let other = try #require(try store.visits(offset: 0, limit: 50).rows.first { $0.type == .riskScreening && $0.status == .completed })
        let none = try cli.run(["hq", "print", other.id, "--doc", "record", "--out", cli.path("none.pdf"), "--db", hq])
        #expect(none.status == 1 && none.stdout.contains("Nothing to compare"), "\(none.stdout) \(none.stderr)")
    }
}
