import Foundation
import Testing
import TerminalHarness

/// Commands on a database that cannot be written: a read-only file, or a disk that is full (a
/// file-size limit, `ulimit -f`, below what SQLite needs to open the file). Each ends in one line
/// in the user's language saying nothing was lost, and every record is still there, unchanged.
@Suite struct StorageFaultTests {
    /// Everything a user can list, as CSV: what "nothing was lost" is checked against.
    static func records(_ cli: FieldbookProcess, _ database: String) throws -> String {
        var all = ""
        for kind in ["enterprises", "visits", "recommendations"] {
            let result = try cli.run(["list", kind, "--db", database, "--format", "csv", "--limit", "100000"])
            #expect(result.status == 0, "\(result.stderr)")
            all += result.stdout
        }
        return all
    }

    /// Runs `arguments` under `ulimit -f KiB` in `language` (set after bash, which has no zh_CN locale to warn about).
    static func withFileSizeLimit(_ cli: FieldbookProcess, kib: Int, language: String = "C.UTF-8",
                                  _ arguments: [String]) throws -> FieldbookProcess.Result {
        let script = "ulimit -f \(kib); exec env LANG=\(language) LC_ALL=\(language) \"$@\""
        return try cli.run(["-c", script, "bash", FieldbookProcess.binary.path] + arguments, executable: "/bin/bash")
    }

    @Test("A full disk: reading and importing refused in one line (en, zh) that says nothing was lost; all records kept")
    func fullDisk() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let database = cli.path("demo.sqlite")
        #expect(try cli.run(["demo", "--db", database]).status == 0)
        let before = try Self.records(cli, database)
        #expect(before.contains("91420381MA4AT9D171"))

        let list = try Self.withFileSizeLimit(cli, kib: 16, ["list", "enterprises", "--db", database])
        #expect(list.status != 0)
        #expect(list.stderrLines.count == 1 && list.stderr.contains("the disk is full or a file-size limit was reached. Nothing was lost"),
                "\(list.stderr)")
        let csv = FieldbookProcess.samples.appendingPathComponent("enterprises.csv").path
        let load = try Self.withFileSizeLimit(cli, kib: 16, language: "zh_CN.UTF-8", ["import", "enterprises", csv, "--db", database])
        #expect(load.status != 0)
        #expect(load.stderrLines.count == 1 && load.stderr.contains("磁盘已满或超出文件大小限制。已保存的内容都还在，没有丢失"),
                "\(load.stderr)")
        #expect(try Self.records(cli, database) == before)
    }

    /// As an ordinary user: root would write a 0400 file anyway (`OrdinaryUser`).
    @Test("A read-only database: listed as it is, an import refused in one line, file byte for byte and mode as they were",
          .enabled(if: OrdinaryUser.isAvailable))
    func readOnlyDatabase() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let database = cli.path("demo.sqlite")
        #expect(try cli.run(["demo", "--db", database]).status == 0)
        let binary = try OrdinaryUser.prepare(cli.directory.path, binary: FieldbookProcess.binary.path)
        #expect(chmod(database, 0o400) == 0)
        let bytes = FileManager.default.contents(atPath: database)
        let csv = FieldbookProcess.samples.appendingPathComponent("enterprises.csv").path
        // `list` only reads (AppDatabase.openForReading): a file the user may not write is listed.
        let listing = OrdinaryUser.commandPrefix + [binary, "list", "enterprises", "--format", "csv", "--db", database]
        let listed = try cli.run(Array(listing.dropFirst()), executable: listing[0])
        #expect(listed.status == 0 && listed.stdout.contains("91420381MA4AT9D171"), "\(listed.stderr)")
        for command in [["import", "enterprises", csv]] {
            let line = OrdinaryUser.commandPrefix + [binary] + command + ["--db", database]
            let result = try cli.run(Array(line.dropFirst()), executable: line[0])
            #expect(result.status != 0)
            #expect(result.stderrLines.count == 1 && result.stderr.contains("is read-only") && result.stderr.contains("left unchanged"),
                    "\(command[0]): \(result.stderr)")
        }
        #expect(FileManager.default.contents(atPath: database) == bytes)
        #expect(try FileManager.default.attributesOfItem(atPath: database)[.posixPermissions] as? Int == 0o400)
    }
}
