import Foundation
import Testing

@Suite("Where the command line keeps data")
struct CLIDataDirectoryTests {
    @Test("init without --db creates $XDG_DATA_HOME/fieldbook/fieldbook.sqlite, owner-only")
    func defaultLocation() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let xdg = cli.path("xdg")
        let result = try cli.run(["init", "--inspector", "李明"], environment: ["XDG_DATA_HOME": xdg])
        #expect(result.status == 0)
        let dir = xdg + "/fieldbook"
        let db = dir + "/fieldbook.sqlite"
        #expect(FileManager.default.fileExists(atPath: db))
        let fileMode = try FileManager.default.attributesOfItem(atPath: db)[.posixPermissions] as? Int
        let dirMode = try FileManager.default.attributesOfItem(atPath: dir)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(dirMode == 0o700)
    }

    @Test("Without XDG_DATA_HOME the default is ~/.local/share/fieldbook")
    func homeFallback() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        #expect(try cli.run(["init", "--inspector", "李明"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.path(".local/share/fieldbook/fieldbook.sqlite")))
    }
}
