import FieldbookCore
import Foundation
import Testing

/// `fieldbook print`: the documents land in documents/ (owner-only) under their number, the
/// Chinese PDF's hash goes on the visit, and bad requests get one clear line.
@Suite struct CLIPrintTests {
    struct Demo {
        let cli: FieldbookProcess
        let database: String
        let data: String
        let completed: SiteVisit
        let draft: SiteVisit
        let other: SiteVisit
    }

    static func demo() throws -> Demo {
        let cli = try FieldbookProcess()
        let database = cli.path("demo.sqlite")
        #expect(try cli.run(["demo", "--db", database]).status == 0)
        let store = try AppDatabase.open(path: database)
        let visits = try store.visits(offset: 0, limit: 50).rows
        let arrears = try #require(visits.first { $0.type == .wageArrearsCheck && $0.status == .completed })
        let other = try #require(visits.first { $0.type == .riskScreening && $0.status == .completed })
        let draft = try #require(visits.first { $0.status == .draft })
        return Demo(cli: cli, database: database, data: cli.path("xdg"),
                    completed: try #require(try store.visit(id: arrears.id)).visit,
                    draft: try #require(try store.visit(id: draft.id)).visit,
                    other: try #require(try store.visit(id: other.id)).visit)
    }

    @Test func aNoticeGoesToTheDocumentsFolderAndItsHashOnTheVisit() throws {
        let demo = try Self.demo()
        defer { demo.cli.cleanUp() }
        let result = try demo.cli.run(["print", demo.completed.id, "--doc", "notice", "--db", demo.database],
                                      environment: ["XDG_DATA_HOME": demo.data])
        #expect(result.status == 0, "\(result.stderr)")
        let written = String(result.stdout.split(separator: "\n").first ?? "")
        let folder = demo.data + "/fieldbook/documents"
        #expect(written == folder + "/整改建议书-十人社风险〔2026〕第0001号.pdf")
        #expect(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o700)
        #expect(try FileManager.default.attributesOfItem(atPath: written)[.posixPermissions] as? Int == 0o600)
        #expect(try ExternalTool.run("qpdf", ["--check", written]).status == 0)

        let digest = try ExternalTool.run("sha256sum", [written]).text.prefix(64)
        let store = try AppDatabase.open(path: demo.database)
        let visit = try #require(try store.visit(id: demo.completed.id)).visit
        #expect(visit.noticeSHA256 == String(digest))
        #expect(visit.documentNumber == "十人社风险〔2026〕第0001号")
        #expect(visit.revision == demo.completed.revision + 2) // the number, then the hash
        let audit = try store.auditTrail(recordId: visit.id)
        #expect(audit.contains { $0.field == "noticeSHA256" && $0.newValue == String(digest) })
        #expect(audit.contains { $0.field == "documentNumber" && $0.newValue == visit.documentNumber })
        #expect(result.stdout.contains(String(digest)))
    }

    @Test func numbersAreAssignedOnceAndNeverReused() throws {
        let demo = try Self.demo()
        defer { demo.cli.cleanUp() }
        let env = ["XDG_DATA_HOME": demo.data]
        #expect(try demo.cli.run(["print", demo.completed.id, "--doc", "record", "--db", demo.database], environment: env).status == 0)
        #expect(try demo.cli.run(["print", demo.completed.id, "--doc", "notice", "--db", demo.database], environment: env).status == 0)
        // Printing again replaces the file in the documents folder.
        let again = try demo.cli.run(["print", demo.completed.id, "--doc", "notice", "--db", demo.database], environment: env)
        #expect(again.status == 0, "\(again.stderr)")
        let folder = demo.data + "/fieldbook/documents"
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
                == ["整改建议书-十人社风险〔2026〕第0001号.pdf", "现场检查记录-十人社风险〔2026〕第0001号.pdf"])
        let second = try demo.cli.run(["print", String(demo.other.id.prefix(8)), "--doc", "notice", "--db", demo.database],
                                      environment: env)
        #expect(second.status == 0, "\(second.stderr)")
        let store = try AppDatabase.open(path: demo.database)
        #expect(try store.visit(id: demo.completed.id)?.visit.documentNumber == "十人社风险〔2026〕第0001号")
        #expect(try store.visit(id: demo.other.id)?.visit.documentNumber == "十人社风险〔2026〕第0002号")
        #expect(try store.documentSettings().lastSequence == 2)
    }

    @Test func htmlIsWrittenWhereAskedAndRecordsNoHash() throws {
        let demo = try Self.demo()
        defer { demo.cli.cleanUp() }
        let out = demo.cli.path("notice.html")
        let result = try demo.cli.run(["print", demo.completed.id, "--doc", "notice", "--format", "html", "--out", out,
                                       "--db", demo.database])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("size: A4"))
        #expect(html.contains("丹江口市水都建筑劳务有限公司"))
        let store = try AppDatabase.open(path: demo.database)
        #expect(try store.visit(id: demo.completed.id)?.visit.noticeSHA256 == nil)
    }

    @Test func aDraftOrAnUnknownVisitIsRefusedInOneLine() throws {
        let demo = try Self.demo()
        defer { demo.cli.cleanUp() }
        let draft = try demo.cli.run(["print", demo.draft.id, "--doc", "notice", "--db", demo.database],
                                     environment: ["XDG_DATA_HOME": demo.data])
        #expect(draft.status != 0)
        #expect(draft.stderrLines.count == 1)
        #expect(draft.stderr.contains("not completed"))
        #expect(!FileManager.default.fileExists(atPath: demo.data + "/fieldbook/documents"))
        let unknown = try demo.cli.run(["print", "NOSUCHVISIT", "--doc", "record", "--db", demo.database])
        #expect(unknown.status != 0)
        #expect(unknown.stderrLines.count == 1)
        #expect(unknown.stderr.contains("fieldbook list visits"))
    }

    @Test func theIssuerAndPrefixAreConfiguredPerDatabaseAndFixedOnIssuedDocuments() throws {
        let demo = try Self.demo()
        defer { demo.cli.cleanUp() }
        let set = try demo.cli.run(["document-settings", "--issuer", "十堰市张湾区人力资源和社会保障局", "--prefix", "张人社风险",
                                    "--db", demo.database])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("张人社风险〔"))
        let out = demo.cli.path("notice.pdf")
        #expect(try demo.cli.run(["print", demo.completed.id, "--doc", "notice", "--out", out, "--db", demo.database]).status == 0)
        let text = try ExternalTool.run("pdftotext", [out, "-"]).text
        #expect(text.contains("十堰市张湾区人力资源和社会保障局"))
        #expect(text.contains("张人社风险〔2026〕第0001号"))
        // A later change of the settings does not alter what was issued.
        #expect(try demo.cli.run(["document-settings", "--issuer", "另一个机关", "--db", demo.database]).status == 0)
        let again = demo.cli.path("again.pdf")
        #expect(try demo.cli.run(["print", demo.completed.id, "--doc", "notice", "--out", again, "--db", demo.database]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: again)) == Data(contentsOf: URL(fileURLWithPath: out)))
        let empty = try demo.cli.run(["document-settings", "--prefix", "  ", "--db", demo.database])
        #expect(empty.status != 0 && empty.stderrLines.count == 1)
    }
}
