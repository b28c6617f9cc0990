import Foundation
import GRDB
import Testing

/// `fieldbook export` held at its publish step or killed around it (issue 14): a second export
/// is refused while one runs, and a bundle published but not recorded is recorded — or written
/// again, byte for byte — by the next export, never replaced by another bundle with its number.
@Suite struct ExportInterruptionTests {
    static func demo(_ cli: FieldbookProcess) throws -> (database: String, out: String) {
        let database = cli.path("demo.sqlite")
        #expect(try cli.run(["demo", "--db", database]).status == 0)
        let out = cli.path("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        return (database, out)
    }

    @Test("a second export while the first is held at publishing is refused in one line", arguments: ["beforePublish", "afterPublish"])
    func secondExportRefused(checkpoint: String) async throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let (database, out) = try Self.demo(cli)
        let first = try BackgroundExport.start(cli, ["--db", database, "--out", out], holdAt: checkpoint)
        defer { first.kill() }
        #expect(try await first.waitUntilHeld(), "the export was never held at \(checkpoint)")
        let second = try cli.run(["export", "--db", database, "--out", out])
        #expect(second.status != 0)
        #expect(second.stderrLines.count == 1 && second.stderr.contains("Another export of \(database) is running"),
                "\(second.stderr)")
        #expect(cli.names(in: out).count == (checkpoint == "beforePublish" ? 0 : 1), "\(cli.names(in: out))")
        #expect(try first.release() == 0)
        let bundles = cli.names(in: out)
        #expect(bundles.count == 1 && bundles[0].hasSuffix("-00001.zip"), "\(bundles)")
        // The refused export took no number: the next one is #2 with nothing new in it.
        let third = try cli.run(["export", "--db", database, "--out", out])
        #expect(third.status != 0 && third.stderr.contains("Nothing changed since the last export"), "\(third.stderr)")
    }

    @Test("killed after publishing: the next export records that bundle as it is")
    func killedAfterPublishingIsRecorded() async throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let (database, out) = try Self.demo(cli)
        let export = try BackgroundExport.start(cli, ["--db", database, "--out", out], holdAt: "afterPublish")
        #expect(try await export.waitUntilHeld())
        export.kill()
        let published = cli.names(in: out)
        #expect(published.count == 1, "\(published)")
        let file = out + "/" + (published.first ?? "")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))

        let next = try cli.run(["export", "--db", database, "--out", out])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stdout.contains("Finished bundle #1 of an interrupted export: \(file)"), "\(next.stdout)")
        #expect(cli.names(in: out) == published)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == bytes)
        let again = try cli.run(["export", "--db", database, "--out", out])
        #expect(again.stderr.contains("Nothing changed since the last export"), "\(again.stderr)")

        let hq = try cli.headquarters(trusting: database)
        let imported = try cli.run(["hq", "import", out, "--db", hq])
        #expect(imported.status == 0 && imported.stderr.isEmpty, "\(imported.stderr)")
    }

    @Test("killed after publishing, the file moved away: the next export writes the same bundle again")
    func killedAfterPublishingFileMovedAway() async throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let (database, out) = try Self.demo(cli)
        let export = try BackgroundExport.start(cli, ["--db", database, "--out", out], holdAt: "afterPublish")
        #expect(try await export.waitUntilHeld())
        export.kill()
        let name = try #require(cli.names(in: out).first)
        let usb = cli.path("usb")
        try FileManager.default.createDirectory(atPath: usb, withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: out + "/" + name, toPath: usb + "/" + name)

        let next = try cli.run(["export", "--db", database, "--out", out])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stdout.contains("Finished bundle #1 of an interrupted export"), "\(next.stdout)")
        #expect(cli.names(in: out) == [name])
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
                == Data(contentsOf: URL(fileURLWithPath: usb + "/" + name)))

        // HQ takes the copy from the USB stick, then the one written again: the same bundle.
        let hq = try cli.headquarters(trusting: database)
        #expect(try cli.run(["hq", "import", usb, "--db", hq]).status == 0)
        let second = try cli.run(["hq", "import", out, "--db", hq])
        #expect(second.status == 0 && second.stdout.contains("already imported before"), "\(second.stdout)\(second.stderr)")
    }

    @Test("killed before publishing: no file appears, and the next export publishes that bundle")
    func killedBeforePublishing() async throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let (database, out) = try Self.demo(cli)
        let export = try BackgroundExport.start(cli, ["--db", database, "--out", out], holdAt: "beforePublish")
        #expect(try await export.waitUntilHeld())
        export.kill()
        #expect(cli.names(in: out).isEmpty)
        let next = try cli.run(["export", "--db", database, "--out", out])
        #expect(next.status == 0, "\(next.stderr)")
        let names = cli.names(in: out)
        #expect(names.count == 1 && names[0].hasSuffix("-00001.zip"), "\(names)")
        #expect(cli.names(in: database + ".export-work").isEmpty)
    }
    /// The pending note and the cursor, read straight from the database.
    static func bundleIds(_ database: String) throws -> (pending: String?, last: String?) {
        let queue = try DatabaseQueue(path: database)
        defer { try? queue.close() }
        return try queue.read { db in
            (try String.fetchOne(db, sql: "SELECT bundleId FROM syncPendingBundle"),
             try String.fetchOne(db, sql: "SELECT lastBundleId FROM exportCursor"))
        }
    }

    @Test("killed after publishing, the file and the kept copy both gone: written again with the same id and number")
    func writtenAgainWithoutKeptCopy() async throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let (database, out) = try Self.demo(cli)
        let export = try BackgroundExport.start(cli, ["--db", database, "--out", out], holdAt: "afterPublish")
        #expect(try await export.waitUntilHeld())
        export.kill()
        let name = try #require(cli.names(in: out).first)
        let usb = cli.path("usb")
        try FileManager.default.createDirectory(atPath: usb, withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: out + "/" + name, toPath: usb + "/" + name)
        try FileManager.default.removeItem(atPath: database + ".export-work")
        let pending = try #require(try Self.bundleIds(database).pending)

        let next = try cli.run(["export", "--db", database, "--out", out])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stdout.contains("Finished bundle #1 of an interrupted export"), "\(next.stdout)")
        #expect(cli.names(in: out) == [name])
        let after = try Self.bundleIds(database)
        #expect(after.pending == nil && after.last == pending, "the bundle written again is \(after.last ?? "none")")

        // HQ given both the moved copy and the one written again: the same bundle, imported once.
        let hq = try cli.headquarters(trusting: database)
        #expect(try cli.run(["hq", "import", usb, "--db", hq]).status == 0)
        let second = try cli.run(["hq", "import", out, "--db", hq])
        #expect(second.status == 0 && second.stdout.contains("already imported before"), "\(second.stdout)\(second.stderr)")
    }
    @Test("with --format json, a bundle finished for an interrupted export is listed beside the new one")
    func finishedBundleInJSON() async throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let (database, out) = try Self.demo(cli)
        let export = try BackgroundExport.start(cli, ["--db", database, "--out", out], holdAt: "afterPublish")
        #expect(try await export.waitUntilHeld())
        export.kill()
        let first = out + "/" + (cli.names(in: out).first ?? "")
        try ExportKillTests.editEnterprise(database, run: 1)

        let result = try cli.run(["export", "--db", database, "--out", out, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try CLISchemaCheck.problem(result.stdout, schema: "export") == nil)
        let json = try #require(try CLISchemaCheck.decode(result.stdout) as? [String: Any])
        #expect(json["sequence"] as? Int == 2 && json["finishedInterrupted"] as? Bool == false)
        let earlier = try #require(json["finishedEarlier"] as? [[String: Any]])
        #expect(earlier.count == 1 && earlier.first?["sequence"] as? Int == 1 && earlier.first?["path"] as? String == first,
                "\(earlier)")
    }
}
