import Foundation
import Testing

/// `--format json` on every command that prints a result: stdout is one JSON document that the
/// published schema in docs/schemas/cli/ accepts (checked by Python's jsonschema), and its
/// values are the ones the text output gives.
@Suite("--format json output matches docs/schemas/cli")
struct CLIJSONOutputTests {
    /// Runs `arguments` with `--format json`, requires success and a document valid for `schema`.
    @discardableResult
    func json(_ cli: FieldbookProcess, _ arguments: [String], schema: String,
              sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
        let result = try cli.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        let problem = try CLISchemaCheck.problem(result.stdout, schema: schema)
        #expect(problem == nil, "\(arguments) against \(schema): \(problem ?? "")\n\(result.stdout)", sourceLocation: sourceLocation)
        return try CLISchemaCheck.decode(result.stdout)
    }

    @Test("Laptop commands: key, export, list, import enterprises and import checklist")
    func laptopCommands() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let demo = cli.path("demo.sqlite")
        #expect(try cli.run(["demo", "--db", demo]).status == 0)

        let key = try json(cli, ["key", "--db", demo], schema: "key") as? [String: Any]
        let keyText = try cli.run(["key", "--db", demo]).stdout.split(separator: "\n").map(String.init)
        #expect(key?["publicKey"] as? String == keyText.first)

        let exported = try json(cli, ["export", "--db", demo, "--out", cli.path("today")], schema: "export") as? [String: Any]
        let path = try #require(exported?["path"] as? String)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(exported?["sequence"] as? Int == 1)
        #expect(((exported?["counts"] as? [String: Int])?["visits"] ?? 0) > 0)

        for subject in ["enterprises", "visits", "recommendations"] {
            let rows = try json(cli, ["list", subject, "--db", demo], schema: "list-\(subject)") as? [Any]
            #expect((rows?.count ?? 0) > 0, "\(subject)")
        }

        let fresh = cli.path("fresh.sqlite")
        #expect(try cli.run(["init", "--inspector", "李明", "--language", "en", "--db", fresh]).status == 0)
        let errors = FieldbookProcess.samples.appendingPathComponent("enterprises-with-errors.csv").path
        let imported = try json(cli, ["import", "enterprises", errors, "--skip-invalid", "--db", fresh],
                                schema: "import-enterprises") as? [String: Any]
        #expect(imported?["inserted"] as? Int == 4)
        let skipped = imported?["skipped"] as? [[String: Any]]
        #expect(skipped?.count == 6)
        #expect(skipped?.first?["line"] as? Int == 3)

        let checklist = FieldbookProcess.samples.appendingPathComponent("checklists/employment-risk.v2.json").path
        let loaded = try json(cli, ["import", "checklist", checklist, "--db", fresh], schema: "import-checklist") as? [String: Any]
        #expect(loaded?["outcome"] as? String == "loaded")
        let again = try json(cli, ["import", "checklist", checklist, "--db", fresh], schema: "import-checklist") as? [String: Any]
        #expect(again?["outcome"] as? String == "unchanged")
    }

    @Test("Headquarters commands: hq key, hq import (with a refusal), hq conflicts, hq report, and import pack")
    func headquartersCommands() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let hq = cli.path("hq.sqlite")
        #expect(try cli.run(["hq", "init", "--db", hq]).status == 0)
        let hqKey = try json(cli, ["hq", "key", "--db", hq], schema: "hq-key") as? [String: Any]
        #expect((hqKey?["encryptionKey"] as? String)?.hasPrefix("x25519:") == true)

        var bundles: [String] = []
        for (laptop, name) in [("a", "十堰第一版名称有限公司"), ("b", "十堰第二版名称有限公司")] {
            let db = cli.path("\(laptop).sqlite"), csv = cli.path("\(laptop).csv")
            try "统一社会信用代码,企业名称,区县\n91420303MA48K2T787,\(name),张湾区\n".write(toFile: csv, atomically: true, encoding: .utf8)
            #expect(try cli.run(["init", "--db", db, "--inspector", "检查员\(laptop)", "--district", "张湾区"]).status == 0)
            #expect(try cli.run(["import", "enterprises", csv, "--db", db]).status == 0)
            let key = try cli.run(["key", "--db", db]).stdout.split(separator: "\n")[0]
            #expect(try cli.run(["hq", "trust", String(key), "--inspector", "检查员\(laptop)", "--db", hq]).status == 0)
            bundles.append(String(try cli.run(["export", "--db", db]).stdout.split(separator: "\n")[0]))
        }
        let garbage = cli.path("garbage.zip")
        try Data("not a bundle".utf8).write(to: URL(fileURLWithPath: garbage))

        let result = try cli.run(["hq", "import", bundles[0], garbage, bundles[1], "--db", hq, "--format", "json"])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(try CLISchemaCheck.problem(result.stdout, schema: "hq-import") == nil, "\(result.stdout)")
        let summary = try CLISchemaCheck.decode(result.stdout) as? [String: Any]
        #expect(summary?["imported"] as? Int == 2)
        #expect(summary?["refused"] as? Int == 1)
        let files = summary?["files"] as? [[String: Any]]
        #expect(files?.map { $0["status"] as? String } == ["imported", "refused", "imported"])
        #expect(result.stderr.contains("1 of 3 bundles refused; 2 processed."), "\(result.stderr)")

        let conflicts = try json(cli, ["hq", "conflicts", "--db", hq], schema: "hq-conflicts") as? [[String: Any]]
        #expect(conflicts?.count == 1)
        #expect((conflicts?.first?["current"] as? [String: Any])?["name"] as? String == "十堰第一版名称有限公司")
        #expect((conflicts?.first?["incoming"] as? [String: Any])?["name"] as? String == "十堰第二版名称有限公司")

        let report = try json(cli, ["hq", "report", "--db", hq], schema: "hq-report") as? [String: Any]
        #expect(report?["asOf"] is String)

        let pack = cli.path("reference.zip")
        #expect(try cli.run(["hq", "pack", "--out", pack, "--db", hq]).status == 0)
        let applied = try json(cli, ["import", "pack", pack, "--db", cli.path("a.sqlite")], schema: "import-pack") as? [String: Any]
        #expect(applied?["pinnedNow"] as? Bool == true)
        #expect(applied?["trustedDevices"] as? Int == 2)

        // A lost laptop: revoked by fingerprint, listed as revoked, its bundles refused from then on,
        // and left out of the next reference pack.
        let devices = try json(cli, ["hq", "devices", "--db", hq], schema: "hq-devices") as? [[String: Any]]
        #expect(devices?.map { $0["status"] as? String } == ["trusted", "trusted"])
        #expect(devices?.allSatisfy { $0["lastSequence"] as? Int == 1 && $0["deviceId"] is String } == true)
        let lost = try #require(devices?.first { $0["inspector"] as? String == "检查员a" })
        let fingerprint = try #require(lost["fingerprint"] as? String)
        let revoked = try cli.run(["hq", "revoke", fingerprint, "--reason", "笔记本遗失", "--by", "张科长", "--db", hq])
        #expect(revoked.status == 0 && revoked.stdout.contains("Revoked device \(fingerprint)"), "\(revoked.stderr)")
        let after = try json(cli, ["hq", "devices", "--db", hq], schema: "hq-devices") as? [[String: Any]]
        let entry = after?.first { $0["fingerprint"] as? String == fingerprint }
        #expect(entry?["status"] as? String == "revoked" && entry?["revokedReason"] as? String == "笔记本遗失"
                && entry?["revokedBy"] as? String == "张科长")
        let table = try cli.run(["hq", "devices", "--db", hq]).stdout
        #expect(table.contains("revoked") && table.contains("trusted") && table.contains("检查员a"), "\(table)")
        let again = try cli.run(["hq", "revoke", fingerprint, "--reason", "再次", "--by", "张科长", "--db", hq])
        #expect(again.status != 0 && again.stderrLines.count == 1 && again.stderr.contains("already revoked"))
        let retrust = try cli.run(["hq", "trust", try #require(lost["publicKey"] as? String), "--inspector", "检查员a", "--db", hq])
        #expect(retrust.status == 65 && retrust.stderr.contains("cannot be trusted again"), "\(retrust.stderr)")
        let reimport = try cli.run(["hq", "import", bundles[0], "--db", hq])
        #expect(reimport.status == 65 && reimport.stderr.contains("revoked"), "\(reimport.stderr)")
        let laterPack = cli.path("reference-2.zip")
        #expect(try cli.run(["hq", "pack", "--out", laterPack, "--db", hq]).status == 0)
        let fresh = cli.path("fresh.sqlite")
        #expect(try cli.run(["init", "--db", fresh, "--inspector", "检查员c", "--district", "张湾区"]).status == 0)
        let reapplied = try json(cli, ["import", "pack", laterPack, "--db", fresh], schema: "import-pack") as? [String: Any]
        #expect(reapplied?["trustedDevices"] as? Int == 1)
    }
}

/// `fieldbook void` (issue 12, point 4): the record is voided with who, when and why, the JSON
/// result matches docs/schemas/cli/void.schema.json, and `list` shows it voided.
@Suite("fieldbook void")
struct VoidCommandTests {
    @Test("void visit and void recommendation, in text and JSON; an empty reason is refused")
    func voids() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let demo = cli.path("demo.sqlite")
        #expect(try cli.run(["demo", "--db", demo]).status == 0)
        let visits = try CLISchemaCheck.decode(try cli.run(["list", "visits", "--db", demo, "--format", "json"]).stdout) as? [[String: Any]]
        let visit = try #require(visits?.first { $0["state"] as? String == "completed" && ($0["recommendations"] as? Int ?? 0) > 0 })
        let id = try #require(visit["id"] as? String)

        let refused = try cli.run(["void", "visit", id, "--reason", "  ", "--db", demo])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("作废须填写原因") || refused.stderr.contains("voiding needs a reason"))

        let result = try cli.run(["void", "visit", String(id.prefix(8)), "--reason", "企业选错了", "--db", demo, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try CLISchemaCheck.problem(result.stdout, schema: "void") == nil)
        let json = try CLISchemaCheck.decode(result.stdout) as? [String: Any]
        #expect(json?["id"] as? String == id)
        #expect(json?["reason"] as? String == "企业选错了")
        #expect((json?["recommendationsVoided"] as? Int ?? 0) > 0)

        let again = try cli.run(["void", "visit", id, "--reason", "再次", "--db", demo])
        #expect(again.status == 65)
        let listed = try CLISchemaCheck.decode(try cli.run(["list", "visits", "--db", demo, "--format", "json"]).stdout) as? [[String: Any]]
        #expect(listed?.first { $0["id"] as? String == id }?["state"] as? String == "voided")
        let recs = try cli.run(["list", "recommendations", "--db", demo, "--format", "json"])
        #expect(try CLISchemaCheck.problem(recs.stdout, schema: "list-recommendations") == nil)
        let open = try #require((try CLISchemaCheck.decode(recs.stdout) as? [[String: Any]])?.first { $0["voided"] as? Bool == false })
        let text = try cli.run(["void", "recommendation", try #require(open["id"] as? String), "--reason", "写错了", "--db", demo])
        #expect(text.status == 0)
        #expect(text.stdout.contains("写错了"))
    }
}
