import FieldbookCore
import Foundation
import GRDB
import Testing

/// What the program writes is owner-only, and the device's private signing key never leaves the
/// database: not in any command's output or error, not in a bundle, not in any other file.
@Suite struct SecurityTests {
    static func mode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
    }

    @Test("Database, its directory and bundles are owner-only; the private key appears nowhere else")
    func ownerOnlyFilesAndNoKeyMaterial() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        var outputs: [FieldbookProcess.Result] = []
        outputs.append(try cli.run(["demo"]))
        let database = cli.path(".local/share/fieldbook/demo.sqlite")
        #expect(Self.mode(database) == 0o600)
        #expect(Self.mode(cli.path(".local/share/fieldbook")) == 0o700)

        let out = cli.path("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        outputs.append(try cli.run(["key", "--db", database]))
        outputs.append(try cli.run(["export", "--db", database, "--all", "--out", out]))
        outputs.append(try cli.run(["export", "--db", database, "--out", cli.path("missing/deeper")]))
        outputs.append(try cli.run(["list", "--db", database]))
        outputs.append(try cli.run(["export", "--db", database, "--encrypt-to", "not-a-key", "--out", out]))
        #expect(outputs[0].status == 0 && outputs[1].status == 0 && outputs[2].status == 0)
        let bundles = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(!bundles.isEmpty)
        for bundle in bundles { #expect(Self.mode(out + "/" + bundle) == 0o600, "\(bundle)") }

        let secret = try DatabaseQueue(path: database).read { db in
            try String.fetchOne(db, sql: "SELECT privateKey FROM syncDeviceKey")
        }
        let base64 = try #require(secret)
        let raw = try #require(Data(base64Encoded: base64))
        let hex = raw.map { String(format: "%02x", $0) }.joined()
        for result in outputs {
            for text in [result.stdout, result.stderr] {
                #expect(!text.contains(base64) && !text.lowercased().contains(hex), "key material in output")
            }
        }
        // Every file the commands left, the database aside (logs and bundles included).
        let home = cli.directory.path
        let files = FileManager.default.enumerator(atPath: home)?.compactMap { $0 as? String } ?? []
        for file in files where !file.hasPrefix(".local/share/fieldbook/demo.sqlite") {
            guard let data = FileManager.default.contents(atPath: home + "/" + file) else { continue }
            #expect(data.range(of: Data(base64.utf8)) == nil && data.range(of: raw) == nil, "key material in \(file)")
        }
    }
}
