import Foundation
import Testing
@testable import FieldbookCore

/// `fieldbook project add|list|link|delete` through the real binary (docs/command-line.md,
/// "project"): what the inspector types, what the database holds afterwards, the one-line
/// refusals in both languages and their exit statuses.
@Suite("fieldbook project")
struct ProjectCLITests {
    static let contractor = "91420303MA48C5RF50"  // 湖北武当鸿远建设集团有限公司
    static let labour = "91420381MA48M1E979"      // 丹江口市水都建筑劳务有限公司
    static let steel = "91420304MA49D7U89P"       // 十堰恒达钢结构工程有限公司

    /// A database with the sample registry whose inspector speaks `language`.
    static func registry(_ cli: FieldbookProcess, _ name: String, language: String) throws -> String {
        let db = cli.path(name)
        #expect(try cli.run(["init", "--inspector", "李明", "--language", language, "--db", db]).status == 0)
        let csv = FieldbookProcess.samples.appendingPathComponent("enterprises.csv").path
        #expect(try cli.run(["import", "enterprises", csv, "--db", db]).status == 0)
        return db
    }

    static func projects(_ db: String) throws -> [Project] {
        try AppDatabase.open(path: db).projects()
    }

    @Test("add names the parties by credit code and prints the id; list shows them with their roles in the inspector's language")
    func addAndList() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = try Self.registry(cli, "zh.sqlite", language: "zh")
        let added = try cli.run(["project", "add", "--name", " 张湾区保障房二期 ", "--location", "张湾区花果街道",
                                 "--general-contractor", Self.contractor,
                                 "--subcontractor", Self.labour, "--subcontractor", Self.steel.lowercased(), "--db", db])
        #expect(added.status == 0, "\(added.stderr)")
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let stored = try #require(try Self.projects(db).first)
        #expect(stored.id == id && stored.name == "张湾区保障房二期" && stored.location == "张湾区花果街道")
        let store = try AppDatabase.open(path: db)
        #expect(stored.generalContractorId == (try store.enterprise(creditCode: Self.contractor))?.id)
        #expect(stored.subcontractorIds == [try store.enterprise(creditCode: Self.labour)!.id,
                                            try store.enterprise(creditCode: Self.steel)!.id])
        #expect(stored.ownerId == nil && stored.revision == 1)

        let list = try cli.run(["project", "list", "--db", db])
        #expect(list.status == 0 && list.stderr.isEmpty)
        #expect(list.stdout.split(separator: "\n").map(String.init) == [
            "\(id)  张湾区保障房二期（张湾区花果街道）",
            "    施工总承包单位  \(Self.contractor)  湖北武当鸿远建设集团有限公司",
            "    分包单位  \(Self.labour)  丹江口市水都建筑劳务有限公司",
            "    分包单位  \(Self.steel)  十堰恒达钢结构工程有限公司",
        ])

        let en = try Self.registry(cli, "en.sqlite", language: "en")
        #expect(try cli.run(["project", "add", "--name", "Zhangwan housing", "--owner", Self.contractor, "--db", en]).status == 0)
        let enList = try cli.run(["project", "list", "--db", en]).stdout
        #expect(enList.contains("    project owner  \(Self.contractor)  湖北武当鸿远建设集团有限公司"))
    }

    @Test("a wrong credit code, an enterprise not in the registry, a party twice or an empty name is refused in one line, zh and en, and nothing is written")
    func refusals() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let zh = try Self.registry(cli, "zh.sqlite", language: "zh")
        let en = try Self.registry(cli, "en.sqlite", language: "en")
        let wrongCheck = String(Self.contractor.dropLast()) + "1"
        let notInRegistry = try #require(CreditCode.completing("91420100MA4K8C2L3"))  // a Wuhan firm, valid
        // (arguments, exit status, zh line, en line)
        let cases: [([String], Int32, String, String)] = [
            (["--name", "甲", "--general-contractor", wrongCheck], 65, "校验位错误：应为“0”", "check character"),
            (["--name", "甲", "--owner", "9142030"], 65, "18", "18"),
            (["--name", "甲", "--subcontractor", notInRegistry], 65,
             "名录中没有编号为 \(notInRegistry) 的企业；请先新增该企业（含统一社会信用代码）",
             "no enterprise \(notInRegistry) in the registry; add it first (with its credit code)"),
            (["--name", "甲", "--subcontractor", Self.labour, "--subcontractor", Self.labour], 65,
             "“丹江口市水都建筑劳务有限公司”在项目中重复出现（总承包单位不能同时是分包单位）",
             "丹江口市水都建筑劳务有限公司 appears twice among the parties (the general contractor cannot also be a subcontractor)"),
            (["--name", "甲", "--general-contractor", Self.labour, "--subcontractor", Self.labour], 65,
             "重复出现", "appears twice"),
            (["--name", "  ", "--owner", Self.contractor], 64, "项目名称不能为空", "the project name must not be empty"),
        ]
        for (arguments, status, zhText, enText) in cases {
            for (db, text) in [(zh, zhText), (en, enText)] {
                let result = try cli.run(["project", "add"] + arguments + ["--db", db])
                #expect(result.status == status, "\(arguments): \(result.stderr)")
                #expect(result.stderrLines.count == 1 && result.stderr.contains(text), "\(arguments): \(result.stderr)")
                #expect(result.stdout.isEmpty)
            }
        }
        #expect(try Self.projects(zh).isEmpty && Self.projects(en).isEmpty)
        #expect(try cli.run(["project", "list", "--db", zh]).stdout.isEmpty)

        // --db names a database that is not there: 66, nothing created.
        let missing = try cli.run(["project", "list", "--db", cli.path("none.sqlite")])
        #expect(missing.status == 66 && missing.stderrLines.count == 1, "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("none.sqlite")))
        let usage = try cli.run(["project", "add", "--db", zh])
        #expect(usage.status == 64)
    }

    @Test("link puts a draft visit on a project (its duties judged against its party), marks a dispatch agency, and takes both back; delete refuses a project visits are about")
    func linkAndDelete() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = cli.path("demo.sqlite")
        #expect(try cli.run(["demo", "--db", db], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"]).status == 0)
        let added = try cli.run(["project", "add", "--name", "茅箭区测试项目", "--general-contractor", Self.contractor, "--db", db])
        #expect(added.status == 0, "\(added.stderr)")
        let project = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let store = try AppDatabase.open(path: db)
        let contractor = try #require(try store.enterprise(creditCode: Self.contractor))
        let draft = try #require(try store.visitHistory(enterpriseId: contractor.id, limit: 10).rows
            .first { $0.status == .draft }?.id)
        func answer(_ code: String) throws -> Answer? { try AppDatabase.open(path: db).visit(id: draft)?.answers[code] }
        func visit() throws -> SiteVisit { try #require(try AppDatabase.open(path: db).visit(id: draft)?.visit) }

        // By an 8-character prefix of the visit's id, in lower case.
        let linked = try cli.run(["project", "link", String(draft.prefix(8)).lowercased(), "--project", project.lowercased(),
                                  "--db", db])
        #expect(linked.status == 0 && linked.stdout == project + "\n", "\(linked.stderr)")
        #expect(try visit().projectId == project)
        // The project owner's duties (CP-14, CP-11) do not bind the general contractor.
        #expect(try answer("CP-14")?.value == .notApplicable)
        #expect(try answer("CP-14")?.note == "不适用：本项约束建设单位，本单位在该项目中为施工总承包单位")
        #expect(try answer("CP-02")?.value ?? .unanswered == .unanswered)

        let agency = try cli.run(["project", "link", draft, "--dispatch-agency", "--db", db])
        #expect(agency.status == 0 && agency.stdout == project + "\n")
        #expect(try visit().dispatchAgency == true && visit().projectId == project)
        #expect(try answer("FE-01")?.value == .notApplicable)
        #expect(try answer("FE-01")?.note.hasPrefix("不适用：本项约束用工单位") == true)

        // A project visits are about stays.
        let refused = try cli.run(["project", "delete", project, "--db", db])
        #expect(refused.status == 65 && refused.stderr == "项目“茅箭区测试项目”已有 1 次走访，不能删除\n", "\(refused.stderr)")
        #expect(try Self.projects(db).contains { $0.id == project })

        let back = try cli.run(["project", "link", draft, "--none", "--no-dispatch-agency", "--db", db])
        #expect(back.status == 0 && back.stdout == "-\n", "\(back.stderr)")
        #expect(try visit().projectId == nil && visit().dispatchAgency == nil)
        #expect(try answer("CP-14")?.value == .unanswered && answer("FE-01")?.value == .unanswered)

        let both = try cli.run(["project", "link", draft, "--project", project, "--none", "--db", db])
        #expect(both.status == 64 && both.stderr.contains("--project and --none exclude each other"))
        let unknown = try cli.run(["project", "link", draft, "--project", "00000000-0000-0000-0000-000000000000", "--db", db])
        #expect(unknown.status == 65 && unknown.stderr == "找不到项目 00000000-0000-0000-0000-000000000000\n", "\(unknown.stderr)")
        let noVisit = try cli.run(["project", "link", "FFFFFFFF", "--project", project, "--db", db])
        #expect(noVisit.status == 65 && noVisit.stderr.hasPrefix("找不到走访记录“FFFFFFFF”"), "\(noVisit.stderr)")

        // An enterprise that is not a party cannot have a visit about the project.
        let labour = try #require(try store.enterprise(creditCode: Self.labour))
        let labourVisit = try #require(try store.visitHistory(enterpriseId: labour.id, limit: 1).rows.first?.id)
        let notParty = try cli.run(["project", "link", labourVisit, "--project", project, "--db", db])
        #expect(notParty.status == 65 && notParty.stderrLines.count == 1, "\(notParty.stderr)")
        #expect(notParty.stderr.contains("不是项目“茅箭区测试项目”的建设单位、总承包单位或分包单位")
                || notParty.stderr.contains("已完成"), "\(notParty.stderr)")

        // Now no visit is about it: deleted, with a tombstone for headquarters.
        let deleted = try cli.run(["project", "delete", project, "--db", db])
        #expect(deleted.status == 0 && deleted.stdout == "已删除项目“茅箭区测试项目”\n", "\(deleted.stderr)")
        #expect(try !Self.projects(db).contains { $0.id == project })
        let buried = try AppDatabase.open(path: db).reader.read { db in try Tombstone.fetchOne(db, key: project) }
        #expect(buried?.recordType == Project.recordType)
        let again = try cli.run(["project", "delete", project, "--db", db])
        #expect(again.status == 65 && again.stderr == "找不到项目 \(project)\n")
    }
}
