import FieldbookCore
import Foundation
import GRDB
import TestSupport
import Testing
import TerminalHarness

/// `fieldbook attach` killed with SIGKILL again and again — at random moments, and held at its two
/// windows (files copied but not renamed; renamed but not recorded) — each run attaching three
/// new files of 2 MB. After every kill, the next start of an attachment command tidies the store;
/// then every file there is named by the SHA-256 of its bytes and recorded, every recorded file
/// is there, no temporary file is left, and each run's attach is wholly in (three rows) or wholly
/// out (none) (docs/reliability.md).
///
/// CI: 50 kills. Longer: `FIELDBOOK_ATTACH_KILLS=500`; other moments: `FIELDBOOK_CRASH_SEED=N`.
@Suite(.serialized) struct AttachKillTests {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }
    static var runs: Int { environment["FIELDBOOK_ATTACH_KILLS"].flatMap(Int.init) ?? 50 }
    static var seed: UInt64 { environment["FIELDBOOK_CRASH_SEED"].flatMap(UInt64.init) ?? 11 }

    /// Starts `fieldbook attach ARGUMENTS` in the background, held at `checkpoint` when given.
    static func start(_ cli: FieldbookProcess, _ arguments: [String], holdAt checkpoint: String?) throws -> (SpawnedProcess, String?) {
        try BackgroundExport.launch(cli, ["attach"] + arguments, holdVariable: "FIELDBOOK_TEST_ATTACH_HOLD", holdAt: checkpoint)
    }

    /// The store's invariants; returns the captions of the attachments recorded.
    static func checkStore(_ database: String, run: Int) throws -> [String] {
        let directory = database + ".attachments"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0 != ".lock" }
        #expect(!names.contains { $0.hasPrefix(".tmp") }, "run \(run): temporary files left: \(names)")
        for name in names {
            let digest = try AttachmentStore.sha256(of: URL(fileURLWithPath: directory).appendingPathComponent(name))
            #expect(digest == name, "run \(run): \(name) is a half or damaged file")
        }
        let queue = try DatabaseQueue(path: database)
        defer { try? queue.close() }
        return try queue.read { db in
            let recorded = Set(try String.fetchAll(db, sql: "SELECT sha256 FROM attachmentFile"))
            let named = Set(try String.fetchAll(db, sql: "SELECT sha256 FROM attachment"))
            #expect(recorded == Set(names), "run \(run): files \(names.count), recorded \(recorded.count)")
            #expect(named.isSubset(of: recorded), "run \(run): a row names a missing file")
            return try String.fetchAll(db, sql: "SELECT caption FROM attachment")
        }
    }

    @Test func killedAttachesLeaveACompleteAttachmentOrNone() async throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let database = cli.path("demo.sqlite")
        #expect(try cli.run(["demo", "--db", database]).status == 0)
        let visits = try CLISchemaCheck.decode(try cli.run(["list", "visits", "--db", database, "--format", "json"]).stdout) as? [[String: Any]]
        let visit = try #require(visits?.first?["id"] as? String)
        var random = SeededRandom(seed: Self.seed)
        print("attach kills: seed \(Self.seed), \(Self.runs) runs")
        var held = 0, timed = 0, finishedFirst = 0, complete = 0

        for run in 1...Self.runs {
            let files = try (1...3).map { n in
                let path = cli.path("run\(run)-\(n).jpg")
                try (EvidenceFiles.jpeg() + EvidenceFiles.noise(2_000_000, seed: UInt64(run * 10 + n))).write(to: URL(fileURLWithPath: path))
                return path
            }
            let moment = random.below(4)
            let checkpoint: String? = moment == 0 ? "copied" : moment == 1 ? "placed" : nil
            let (process, marker) = try Self.start(cli, [visit] + files + ["--caption", "run \(run)", "--db", database],
                                                   holdAt: checkpoint)
            if let marker {
                let deadline = ContinuousClock.now + .seconds(600)
                while !FileManager.default.fileExists(atPath: marker), process.isRunning, ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(5))
                }
                #expect(FileManager.default.fileExists(atPath: marker), "run \(run): never reached \(checkpoint ?? "")")
                held += 1
            } else {
                try await Task.sleep(for: .milliseconds(random.int(in: 0...250)))
                if process.isRunning { timed += 1 } else { finishedFirst += 1 }
            }
            process.kill()
            if let marker { try? FileManager.default.removeItem(atPath: marker) }

            // The next start of an attachment command tidies what the kill left.
            let listed = try cli.run(["attachments", visit, "--db", database, "--format", "json"])
            #expect(listed.status == 0, "run \(run): \(listed.stderr)")
            let captions = try Self.checkStore(database, run: run)
            let mine = captions.filter { $0 == "run \(run)" }.count
            #expect(mine == 0 || mine == 3, "run \(run): \(mine) of 3 attachments recorded")
            if mine == 3 { complete += 1 }
            for file in files { try? FileManager.default.removeItem(atPath: file) }
        }
        print("attach kills: \(held) held at a window, \(timed) at random moments, \(finishedFirst) finished first; " +
              "\(complete) runs complete, \(Self.runs - complete) with nothing recorded; no orphan, no half file")
    }
}
