import FieldbookCore
import Foundation
import TestSupport
import Testing

/// `fieldbook attach`, `attachments`, `detach` and `attachment-settings` through the real binary.
@Suite("fieldbook attach, attachments, detach, attachment-settings")
struct AttachCLITests {
    /// A demo database and the id of its first visit.
    private func demo(_ cli: FieldbookProcess) throws -> (db: String, visit: String) {
        let db = cli.path("demo.sqlite")
        #expect(try cli.run(["demo", "--db", db]).status == 0)
        let visits = try CLISchemaCheck.decode(try cli.run(["list", "visits", "--db", db, "--format", "json"]).stdout) as? [[String: Any]]
        return (db, try #require(visits?.first?["id"] as? String))
    }

    private func stored(_ db: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: db + ".attachments")) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test("Attach two files to an item, list them, detach one: JSON valid for the schemas, files stored by hash")
    func attachListDetach() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let (db, visit) = try demo(cli)
        try EvidenceFiles.jpeg().write(to: URL(fileURLWithPath: cli.path("公示栏.jpg")))
        try EvidenceFiles.pdf().write(to: URL(fileURLWithPath: cli.path("payroll.pdf")))

        let attached = try cli.run(["attach", visit, cli.path("公示栏.jpg"), cli.path("payroll.pdf"), "--item", "lc-01",
                                    "--caption", "工资表抽查", "--db", db, "--format", "json"])
        #expect(attached.status == 0, "\(attached.stderr)")
        #expect(try CLISchemaCheck.problem(attached.stdout, schema: "attachments") == nil)
        let rows = try #require(try CLISchemaCheck.decode(attached.stdout) as? [[String: Any]])
        #expect(rows.map { $0["mediaType"] as? String } == ["image/jpeg", "application/pdf"])
        #expect(rows.map { $0["itemCode"] as? String } == ["LC-01", "LC-01"])
        #expect(rows.first?["capturedAt"] as? String == "2024-05-20T09:41:07")
        #expect(stored(db).sorted() == rows.compactMap { $0["sha256"] as? String }.sorted())

        // By an 8-character prefix of the visit id, as text.
        let listed = try cli.run(["attachments", String(visit.prefix(8)), "--db", db])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("公示栏.jpg") && listed.stdout.contains("payroll.pdf") && listed.stdout.contains("LC-01"))
        let listedJSON = try cli.run(["attachments", visit, "--db", db, "--format", "json"])
        #expect(try CLISchemaCheck.problem(listedJSON.stdout, schema: "attachments") == nil)

        let id = try #require(rows.first?["id"] as? String)
        let detached = try cli.run(["detach", String(id.prefix(8)), "--reason", "拍错了", "--db", db, "--format", "json"])
        #expect(detached.status == 0, "\(detached.stderr)")
        #expect(try CLISchemaCheck.problem(detached.stdout, schema: "detach") == nil)
        let again = try cli.run(["detach", id, "--reason", "拍错了", "--db", db])
        #expect(again.status == 65 && again.stderrLines.count == 1)
        // Not exported yet: both files stay.
        #expect(stored(db).count == 2)
        let noReason = try cli.run(["detach", id, "--db", db])
        #expect(noReason.status == 64)
    }

    @Test("Over the limits, a missing file, a bad item: one line, the sysexits status, nothing stored")
    func refusals() throws {
        var cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let (db, visit) = try demo(cli)
        let settings = try cli.run(["attachment-settings", "--max-file", "1", "--max-visit", "2", "--db", db])
        #expect(settings.status == 0)
        #expect(settings.stdout.contains("1 MB") && settings.stdout.contains("2 MB"))
        try (EvidenceFiles.pdf() + EvidenceFiles.noise(1_100_000)).write(to: URL(fileURLWithPath: cli.path("big.pdf")))
        try EvidenceFiles.noise(900_000, seed: 2).write(to: URL(fileURLWithPath: cli.path("a.bin")))
        try EvidenceFiles.noise(900_000, seed: 3).write(to: URL(fileURLWithPath: cli.path("b.bin")))
        try EvidenceFiles.noise(900_000, seed: 4).write(to: URL(fileURLWithPath: cli.path("c.bin")))

        cli.language = "en_US.UTF-8"
        let big = try cli.run(["attach", visit, cli.path("big.pdf"), "--db", db])
        #expect(big.status == 65 && big.stderrLines.count == 1)
        #expect(big.stderr.contains("1.1 MB") && big.stderr.contains("1 MB"))
        let visitLimit = try cli.run(["attach", visit, cli.path("a.bin"), cli.path("b.bin"), cli.path("c.bin"), "--db", db])
        #expect(visitLimit.status == 65 && visitLimit.stderrLines.count == 1)
        #expect(visitLimit.stderr.contains("2.7 MB") || visitLimit.stderr.contains("2,7"), "\(visitLimit.stderr)")
        let missing = try cli.run(["attach", visit, cli.path("nope.jpg"), "--db", db])
        #expect(missing.status == 66 && missing.stderrLines.count == 1)
        let badItem = try cli.run(["attach", visit, cli.path("a.bin"), "--item", "XX-99", "--db", db])
        #expect(badItem.status == 65 && badItem.stderrLines.count == 1)
        let both = try cli.run(["attach", visit, cli.path("a.bin"), "--item", "LC-01", "--recommendation", "ABCDEFGH", "--db", db])
        #expect(both.status == 64)
        #expect(stored(db).isEmpty)
        let none = try cli.run(["attachments", visit, "--db", db, "--format", "json"])
        #expect(none.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]" || none.stdout.contains("[]"))
    }
}
