import Foundation
import Testing

/// Without `--out`, `fieldbook export` writes where the Export screen does: `exports/` in the
/// data directory, created owner-only on first use.
@Suite struct ExportDefaultDirectoryTests {
    @Test("the bundle goes to $XDG_DATA_HOME/fieldbook/exports (0700), not the current directory")
    func defaultsToTheDataDirectory() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let database = cli.path("demo.sqlite")
        #expect(try cli.run(["demo", "--db", database]).status == 0)
        let data = cli.path("xdg")
        let result = try cli.run(["export", "--db", database], environment: ["XDG_DATA_HOME": data])
        #expect(result.status == 0, "\(result.stderr)")
        let exports = data + "/fieldbook/exports"
        let written = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(written.hasPrefix(exports + "/fieldbook-") && written.hasSuffix(".zip"), "\(written)")
        #expect(FileManager.default.fileExists(atPath: written))
        let mode = try FileManager.default.attributesOfItem(atPath: exports)[.posixPermissions] as? Int
        #expect(mode == 0o700)
        let fileMode = try FileManager.default.attributesOfItem(atPath: written)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        let strays = try FileManager.default.contentsOfDirectory(atPath: cli.path(".")).filter { $0.hasSuffix(".zip") }
        #expect(strays.isEmpty)
    }
}
