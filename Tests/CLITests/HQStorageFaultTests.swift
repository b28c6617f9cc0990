import Foundation
import TestSupport
import GRDB
import Testing

/// `fieldbook hq import` when headquarters cannot write: a file-size limit (`ulimit -f`,
/// RLIMIT_FSIZE) or a full file system (a small tmpfs). One line in the user's language saying
/// what happened, that nothing from the bundle was stored, and to free space and import again —
/// never SQLite's words or SQL, never a complaint about the bundle — and headquarters' records
/// exactly as before; after that, the same import succeeds (issue 14).
@Suite struct HQStorageFaultTests {
    /// A demo laptop's first bundle and a headquarters that trusts it.
    static func setUp(_ cli: FieldbookProcess) throws -> (bundle: String, hq: String) {
        let laptop = cli.path("demo.sqlite")
        #expect(try cli.run(["demo", "--db", laptop]).status == 0)
        let out = cli.path("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let exported = try cli.run(["export", "--db", laptop, "--out", out])
        #expect(exported.status == 0, "\(exported.stderr)")
        return (String(exported.stdout.split(separator: "\n")[0]), try cli.headquarters(trusting: laptop))
    }

    /// Row counts of what an import adds (every table a bundle writes, and the bundle log).
    static func counts(_ hq: String) throws -> [String: Int] {
        let queue = try DatabaseQueue(path: hq)
        defer { try? queue.close() }
        return try queue.read { db in
            var result: [String: Int] = [:]
            for table in ["enterprise", "siteVisit", "answer", "recommendation", "auditEvent", "hqBundle", "inspector"] {
                result[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")
            }
            return result
        }
    }

    static func expectOneLine(_ result: FieldbookProcess.Result, saying words: [String], file: String) {
        #expect(result.status != 0)
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        for word in words + [file] { #expect(result.stderr.contains(word), "missing \"\(word)\": \(result.stderr)") }
        for raw in ["SQL", "UPDATE", "INSERT", "Refused", "已拒绝", "Unexpected", "report"] {
            #expect(!result.stderr.contains(raw), "\"\(raw)\" in: \(result.stderr)")
        }
    }

    @Test("a file-size limit: one line (en, zh), nothing stored, the next import succeeds")
    func fileSizeLimit() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let (bundle, hq) = try Self.setUp(cli)
        let before = try Self.counts(hq)
        let size = (try FileManager.default.attributesOfItem(atPath: hq)[.size] as? Int) ?? 0
        // Room to open the database (its file and the 32 KiB shared-memory file), not for the
        // merge's write-ahead log.
        let kib = max(size / 1024, 48) + 16
        let file = URL(fileURLWithPath: bundle).lastPathComponent
        let english = try StorageFaultTests.withFileSizeLimit(cli, kib: kib, ["hq", "import", bundle, "--db", hq])
        Self.expectOneLine(english, saying: ["a file-size limit (ulimit -f) was reached", "Nothing from this bundle was stored",
                                             "free some space and import it again"], file: file)
        let chinese = try StorageFaultTests.withFileSizeLimit(cli, kib: kib, language: "zh_CN.UTF-8",
                                                              ["hq", "import", bundle, "--db", hq])
        Self.expectOneLine(chinese, saying: ["已达到文件大小上限", "该文件的内容一条也没有保存", "请腾出空间后重新导入"], file: file)
        #expect(try Self.counts(hq) == before)

        let again = try cli.run(["hq", "import", bundle, "--db", hq])
        #expect(again.status == 0 && again.stderr.isEmpty, "\(again.stderr)")
        #expect(try Self.counts(hq)["siteVisit"] == 13)
    }

    /// Mounting a tmpfs needs root (CAP_SYS_ADMIN), as CI has; elsewhere the test is skipped.
    @Test("a full disk (a small tmpfs): one line, nothing stored, the next import succeeds",
          .enabled(if: SmallFilesystem.canMount, "mounting a tmpfs needs root (CAP_SYS_ADMIN); not available here"))
    func fullDisk() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let (bundle, hq) = try Self.setUp(cli)
        let size = (try FileManager.default.attributesOfItem(atPath: hq)[.size] as? Int) ?? 0
        let small = try SmallFilesystem(at: cli.path("small"), kib: size / 1024 + 96)
        defer { small.unmount() }
        let onSmall = small.path + "/hq.sqlite"
        try FileManager.default.copyItem(atPath: hq, toPath: onSmall)
        let before = try Self.counts(onSmall)
        let file = URL(fileURLWithPath: bundle).lastPathComponent

        let full = try cli.run(["hq", "import", bundle, "--db", onSmall])
        Self.expectOneLine(full, saying: ["the disk is full", "Nothing from this bundle was stored",
                                          "free some space and import it again"], file: file)
        #expect(try Self.counts(onSmall) == before)

        // Space freed (the file system grown): the same import goes through.
        try small.resize(kib: size / 1024 + 8192)
        let again = try cli.run(["hq", "import", bundle, "--db", onSmall])
        #expect(again.status == 0 && again.stderr.isEmpty, "\(again.stderr)")
        #expect(try Self.counts(onSmall)["siteVisit"] == 13)
    }
}

/// A tmpfs of a given size, mounted for one test.
struct SmallFilesystem {
    let path: String

    static let canMount: Bool = {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("fieldbook-mount-probe-\(UUID().uuidString)").path
        guard let filesystem = try? SmallFilesystem(at: probe, kib: 64) else {
            try? FileManager.default.removeItem(atPath: probe)
            return false
        }
        filesystem.unmount()
        return true
    }()

    init(at path: String, kib: Int) throws {
        self.path = path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try Self.mount(["-t", "tmpfs", "-o", "size=\(kib)k,mode=0700", "tmpfs", path])
    }

    /// Grows (or shrinks) the file system in place, keeping its files.
    func resize(kib: Int) throws {
        try Self.mount(["-o", "remount,size=\(kib)k", path])
    }

    private static func mount(_ arguments: [String]) throws {
        let mount = try ChildProcess.run(URL(fileURLWithPath: "/bin/mount"), arguments, errorOutput: .discarded)
        guard mount.status == 0 else { throw CocoaError(.fileWriteNoPermission) }
    }

    func unmount() {
        _ = try? ChildProcess.run(URL(fileURLWithPath: "/bin/umount"), [path], errorOutput: .discarded)
        try? FileManager.default.removeItem(atPath: path)
    }
}
