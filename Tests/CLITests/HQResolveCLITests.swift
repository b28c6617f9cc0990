import Foundation
import Testing

/// `fieldbook hq conflicts` and `hq resolve` through the binary: two laptops register the same
/// credit code under different names, HQ keeps both versions, and a person chooses one.
@Suite struct HQResolveCLITests {
    @Test("a conflict is listed with its id, resolved with --keep incoming, and then listed as resolved")
    func resolveThroughTheCLI() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let hq = cli.path("hq.sqlite")
        #expect(try cli.run(["hq", "init", "--db", hq]).status == 0)
        for (laptop, name) in [("a", "十堰第一版名称有限公司"), ("b", "十堰第二版名称有限公司")] {
            let db = cli.path("\(laptop).sqlite"), csv = cli.path("\(laptop).csv")
            try "统一社会信用代码,企业名称,区县\n91420303MA48K2T787,\(name),张湾区\n".write(toFile: csv, atomically: true, encoding: .utf8)
            #expect(try cli.run(["init", "--db", db, "--inspector", "检查员\(laptop)", "--district", "张湾区"]).status == 0)
            #expect(try cli.run(["import", "enterprises", csv, "--db", db]).status == 0)
            let key = try cli.run(["key", "--db", db]).stdout.split(separator: "\n")[0]
            #expect(try cli.run(["hq", "trust", String(key), "--inspector", "检查员\(laptop)", "--db", hq]).status == 0)
            let exported = try cli.run(["export", "--db", db])
            #expect(exported.status == 0, "\(exported.stderr)")
            // Laptop a's bundle first: its version is the one HQ holds, b's the incoming one.
            let file = String(exported.stdout.split(separator: "\n")[0])
            #expect(try cli.run(["hq", "import", file, "--db", hq]).status == 0)
        }

        let listed = try cli.run(["hq", "conflicts", "--db", hq])
        #expect(listed.stdout.contains("sameCreditCode"), "\(listed.stdout)")
        let id = String(try #require(listed.stdout.split(separator: " ").first))
        let resolved = try cli.run(["hq", "resolve", String(id.prefix(8)), "--keep", "incoming", "--by", "张科长", "--db", hq])
        #expect(resolved.status == 0, "\(resolved.stderr)")
        #expect(resolved.stdout.contains("Conflict \(id) resolved") && resolved.stdout.contains("by 张科长"), "\(resolved.stdout)")
        let names = try cli.run(["list", "enterprises", "--db", hq, "--format", "csv"]).stdout
        #expect(names.contains("十堰第二版名称有限公司") && !names.contains("十堰第一版名称有限公司"), "\(names)")
        #expect(try cli.run(["hq", "conflicts", "--db", hq]).stdout.contains("No open conflicts."))
        #expect(try cli.run(["hq", "conflicts", "--all", "--db", hq]).stdout.contains("resolved: kept incoming, by 张科长"))
        let again = try cli.run(["hq", "resolve", id, "--keep", "current", "--db", hq], environment: ["USER": "李四"])
        #expect(again.status != 0 && again.stderrLines.count == 1 && again.stderr.contains("already resolved by 张科长"))
    }
}
