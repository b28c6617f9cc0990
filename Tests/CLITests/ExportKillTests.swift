import FieldbookCore
import Foundation
import GRDB
import Testing

/// `fieldbook export` killed with SIGKILL again and again: at random moments, and at the two
/// edges of the publish window (held at a checkpoint, then killed). Between runs an enterprise is
/// edited, so every export has something to send. After every kill the export directory holds
/// only complete bundles — no hidden work folder, no `.part` file — and whatever the kill left in
/// the private work area beside the database is gone after the next export. At the end one more
/// export finishes any interrupted bundle, and a fresh headquarters importing every file gets
/// every change: bundles numbered 1…n without a gap or a duplicate, each enterprise at the
/// laptop's revision (docs/reliability.md).
///
/// CI: 12 runs. Longer: `FIELDBOOK_EXPORT_KILLS=200`; other moments: `FIELDBOOK_CRASH_SEED=N`.
@Suite(.serialized) struct ExportKillTests {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }
    static var runs: Int { environment["FIELDBOOK_EXPORT_KILLS"].flatMap(Int.init) ?? 12 }
    static var seed: UInt64 { environment["FIELDBOOK_CRASH_SEED"].flatMap(UInt64.init) ?? 7 }

    /// A new revision of one enterprise (round robin), as the interface's edit would make.
    static func editEnterprise(_ path: String, run: Int) throws {
        let database = try AppDatabase.open(path: path)
        defer { try? database.writer.close() }
        let ids = try database.reader.read { db in try String.fetchAll(db, sql: "SELECT id FROM enterprise ORDER BY id") }
        guard var enterprise = try database.enterprise(id: ids[run % ids.count]) else { return }
        enterprise.phone = "0719-\(8_000_000 + run)"
        _ = try database.updateEnterprise(enterprise)
    }

    static func revisions(_ path: String) throws -> [String: Int] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            var result: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, revision FROM enterprise") { result[row["id"]] = row["revision"] }
            return result
        }
    }

    @Test func killedExportsNeverStrandOrLeaveFiles() async throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let database = cli.path("demo.sqlite")
        #expect(try cli.run(["demo", "--db", database]).status == 0)
        let out = cli.path("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let work = database + ".export-work"
        var random = SeededRandom(seed: Self.seed)
        print("export kills: seed \(Self.seed), \(Self.runs) runs")
        var heldKills = 0, timedKills = 0, finishedBeforeKill = 0, leftoversSeen = 0, worstLeftovers = 0

        for run in 1...Self.runs {
            try Self.editEnterprise(database, run: run)
            // Leftovers of the previous kill are removed by this export, before it writes.
            let moment = random.below(4)
            let checkpoint: String? = moment == 0 ? "beforePublish" : moment == 1 ? "afterPublish" : nil
            // Killed at a random moment: a whole re-export (--all, about 0.2 s in a debug build),
            // so that the kill lands in the middle of it more often than not.
            let arguments = ["--db", database, "--out", out] + (checkpoint == nil ? ["--all"] : [])
            let export = try BackgroundExport.start(cli, arguments, holdAt: checkpoint)
            if checkpoint != nil {
                #expect(try await export.waitUntilHeld(), "run \(run): never reached \(checkpoint ?? "")")
                heldKills += 1
            } else {
                try await Task.sleep(for: .milliseconds(random.int(in: 0...150)))
                if export.process.isRunning { timedKills += 1 } else { finishedBeforeKill += 1 }
            }
            export.kill()

            let names = cli.names(in: out)
            let stray = names.filter { $0.hasPrefix(".") || !($0.hasSuffix(".zip") || $0.hasSuffix(".fbsealed")) }
            #expect(stray.isEmpty, "run \(run): left in the export directory: \(stray)")
            let leftovers = cli.names(in: work).count
            leftoversSeen += leftovers
            worstLeftovers = max(worstLeftovers, leftovers)
        }

        // One export that runs to the end: it finishes an interrupted bundle and cleans up.
        try Self.editEnterprise(database, run: 0)
        let last = try cli.run(["export", "--db", database, "--out", out])
        #expect(last.status == 0, "\(last.stderr)")
        #expect(cli.names(in: work).isEmpty, "work area after a completed export: \(cli.names(in: work))")

        let files = cli.names(in: out)
        let numbers = files.compactMap { name in Int(name.split(separator: "-").last?.prefix(5) ?? "") }
        #expect(numbers == Array(1...files.count), "bundle numbers \(numbers)")
        let hq = try cli.headquarters(trusting: database)
        let imported = try cli.run(["hq", "import", out, "--db", hq])
        #expect(imported.status == 0 && imported.stderr.isEmpty, "\(imported.stderr)")
        #expect(!imported.stdout.contains("Note:"), "gaps at HQ: \(imported.stdout)")
        let laptop = try Self.revisions(database), held = try Self.revisions(hq)
        let stale = laptop.filter { held[$0.key] != $0.value }
        #expect(stale.isEmpty, "\(stale.count) of \(laptop.count) enterprises out of date at HQ")
        print("export kills: \(heldKills) at the publish window, \(timedKills) at random moments, " +
              "\(finishedBeforeKill) finished first; \(files.count) bundles, \(leftoversSeen) leftovers in the work " +
              "area across kills (at most \(worstLeftovers) at once), none in the export directory; HQ up to date")
    }
}
