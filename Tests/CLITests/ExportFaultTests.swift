import Foundation
import Testing
import TerminalHarness

/// `fieldbook export` when the output directory is missing, read-only or on a full disk (a file
/// size limit, `ulimit -f`): one line naming the directory, no partial bundle left, and the export
/// cursor untouched, so the next export in a good place still sends everything.
@Suite struct ExportFaultTests {
    static func demo(_ cli: FieldbookProcess) throws -> String {
        let database = cli.path("demo.sqlite")
        #expect(try cli.run(["demo", "--db", database]).status == 0)
        return database
    }

    /// The counts line of a successful export into a fresh directory (everything since the last export).
    static func exportedCounts(_ cli: FieldbookProcess, _ database: String) throws -> String {
        let good = cli.path("good-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: good, withIntermediateDirectories: true)
        let result = try cli.run(["export", "--db", database, "--out", good])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test("A missing output directory is refused in one line naming it; nothing is created")
    func missingDirectory() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let database = try Self.demo(cli)
        let missing = cli.path("missing/deeper")
        let result = try cli.run(["export", "--db", database, "--out", missing])
        #expect(result.status != 0)
        #expect(result.stderrLines.count == 1 && result.stderr.contains(missing), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("missing")))
        #expect(try Self.exportedCounts(cli, database).hasPrefix("Bundle #1"))
    }

    /// As an ordinary user: root writes into a 0500 directory anyway (`OrdinaryUser`).
    @Test("A read-only output directory is refused in one line; the next export still sends everything",
          .enabled(if: OrdinaryUser.isAvailable))
    func readOnlyDirectory() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let database = try Self.demo(cli)
        let locked = cli.path("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
        let binary = try OrdinaryUser.prepare(cli.directory.path, binary: FieldbookProcess.binary.path)
        #expect(chmod(locked, 0o500) == 0)
        defer { chmod(locked, 0o700) }
        let line = OrdinaryUser.commandPrefix + [binary, "export", "--db", database, "--out", locked]
        let result = try cli.run(Array(line.dropFirst()), executable: line[0])
        #expect(result.status != 0)
        #expect(result.stderrLines.count == 1 && result.stderr.contains(locked), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked).isEmpty)
        #expect(try Self.exportedCounts(cli, database).contains("visits"))
    }

    @Test("A full disk (file size limit) is refused in one line, leaves no partial bundle and keeps the cursor")
    func fullDisk() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let database = try Self.demo(cli)
        let out = cli.path("small")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        // 48 KiB per file: room for the database's shared-memory file (32 KiB), not for the bundle
        // (about 70 KiB). Below 32 KiB the database itself cannot be opened ("disk I/O error").
        let script = #"ulimit -f 48; exec "$@""#
        let result = try cli.run(["-c", script, "bash", FieldbookProcess.binary.path, "export", "--db", database, "--out", out],
                                 executable: "/bin/bash")
        #expect(result.status != 0)
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
        let counts = try Self.exportedCounts(cli, database)
        #expect(counts.hasPrefix("Bundle #1"), "\(counts)")
    }
}
