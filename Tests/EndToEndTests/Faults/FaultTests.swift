import FieldbookCore
import Foundation
import GRDB
import Testing
import TerminalHarness

/// `fieldbook --db PATH` in a real terminal when something is wrong around it: each case ends in
/// one clear line in the user's language, and the database file is exactly as it was
/// (docs/reliability.md).
@Suite struct FaultTests {
    /// Runs the interface through a shell that reports the exit status and keeps the pane open.
    @discardableResult
    static func runInterface(database: String, environment: [String: String] = [:], envPrefix: [String] = [],
                             binary: String = FieldbookBinary.path, until expected: String) async throws -> Screen {
        let script = #""$@"; echo "after-exit $?"; read -r _"#
        return try await TerminalSession.with(["bash", "-c", script, "fieldbook"] + envPrefix + [binary, "--db", database],
                                              width: 120, height: 30, environment: environment) { session in
            let screen = try await session.waitFor("after-exit")
            // Long messages wrap at the pane's width, where a space may fall: compare without spaces.
            let text = screen.lines.joined().filter { !$0.isWhitespace }
            #expect(text.contains(expected.filter { !$0.isWhitespace }), "expected \"\(expected)\" in\n\(screen)")
            #expect(!screen.contains("after-exit 0"), "the interface should have refused:\n\(screen)")
            return screen
        }
    }

    static func demoDatabase(in scratch: ScratchDirectory, language: Language = .en) throws -> String {
        let path = scratch.path("fieldbook.sqlite")
        let database = try AppDatabase.open(path: path)
        try database.fillDemo(language: language)
        try database.foldWriteAheadLog()
        try database.close()
        return path
    }

    /// Makes the file look as if a newer Fieldbook had migrated it.
    static func recordMigration(_ identifier: String, in path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier]) }
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
    }

    /// Every row of every table, as text.
    static func tableContents(_ path: String) throws -> [String: [String]] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            var tables: [String: [String]] = [:]
            for name in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") {
                tables[name] = try Row.fetchAll(db, sql: "SELECT * FROM \"\(name)\"").map(\.description)
            }
            return tables
        }
    }

    static func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func aSecondInterfaceOnTheSameDatabaseIsRefused() async throws {
        let scratch = try ScratchDirectory()
        let path = try Self.demoDatabase(in: scratch)
        try await TerminalSession.with([FieldbookBinary.path, "--db", path], width: 100, height: 30) { first in
            try await first.waitFor("Fieldbook")
            try await Self.runInterface(database: path, until: "already open in another Fieldbook window")
            // The lock file is owner-only, and the first window still works.
            let mode = try FileManager.default.attributesOfItem(atPath: path + ".lock")[.posixPermissions] as? Int
            #expect(mode == 0o600)
            #expect(try first.state().isDead == false)
        }
    }

    @Test func aLockLeftByAKilledInterfaceDoesNotBlock() async throws {
        let scratch = try ScratchDirectory()
        let path = try Self.demoDatabase(in: scratch)
        try await TerminalSession.with([FieldbookBinary.path, "--db", path], width: 100, height: 30) { first in
            try await first.waitFor("Fieldbook")
            try first.signal(SIGKILL)
            try await first.waitForExit()
        }
        try await TerminalSession.with([FieldbookBinary.path, "--db", path], width: 100, height: 30) { second in
            try await second.waitFor("Fieldbook")
            try second.press("q", "q")  // q asks "quit?"; q again quits
            #expect(try await second.waitForExit().exitStatus == 0)
        }
    }

    @Test func aCorruptedFileIsRefusedAndLeftAlone() async throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("fieldbook.sqlite")
        var generator = SeededRandom(seed: 42)
        let garbage = Data((0..<8192).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        #expect(FileManager.default.createFile(atPath: path, contents: garbage, attributes: [.posixPermissions: 0o600]))
        try await Self.runInterface(database: path, until: "file is not a database")
        #expect(Self.contents(path) == garbage)
    }

    @Test func aDatabaseFromANewerFieldbookIsRefusedUnchanged() async throws {
        let scratch = try ScratchDirectory()
        let path = try Self.demoDatabase(in: scratch)
        try Self.recordMigration("v9-future", in: path)
        let before = try Self.tableContents(path)
        try await Self.runInterface(database: path, until: "made by a newer Fieldbook (schema v9-future)")
        // Every row as it was. (The file's bytes are not compared: SQLite's bookkeeping on any
        // open — the change counter, a page allocated and freed — alters them.)
        #expect(try Self.tableContents(path) == before)
    }

    /// Run as an ordinary user (`nobody` through setpriv when the tests run as root, since root
    /// writes a 0400 file anyway). Fieldbook must not make the file writable again.
    @Test(.enabled(if: OrdinaryUser.isAvailable)) func aReadOnlyDatabaseIsExplained() async throws {
        let scratch = try ScratchDirectory()
        let path = try Self.demoDatabase(in: scratch)
        let before = Self.contents(path)
        let binary = try OrdinaryUser.prepare(scratch.url.path, binary: FieldbookBinary.path)
        #expect(chmod(path, 0o400) == 0)
        defer { chmod(path, 0o600) }
        try await Self.runInterface(database: path, environment: ["HOME": scratch.url.path],
                                    envPrefix: OrdinaryUser.commandPrefix, binary: binary,
                                    until: "is read-only (file permissions or a read-only disk) and was left unchanged")
        #expect(Self.contents(path) == before)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o400, "the file's permissions were changed")
    }

    @Test(arguments: [["TERM": "dumb"], [:]])
    func anUnusableTerminalTypeIsRefusedBeforeAnythingIsCreated(environment: [String: String]) async throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("new.sqlite")
        // Through `env`: tmux sets TERM in the pane itself, over any session environment.
        let prefix = environment.isEmpty ? ["env", "-u", "TERM"] : ["env"] + environment.map { "\($0)=\($1)" }
        try await Self.runInterface(database: path, envPrefix: prefix,
                                    until: "cannot draw the interface")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aNonUTF8LocaleFallsBackAndShowsChinese() async throws {
        let scratch = try ScratchDirectory()
        let path = try Self.demoDatabase(in: scratch, language: .zh)
        try await TerminalSession.with([FieldbookBinary.path, "--db", path], width: 100, height: 30,
                                       environment: ["LANG": "C", "LC_ALL": "C"]) { session in
            try await session.waitFor("李明")
            try session.press("q", "q")  // q asks "quit?"; q again quits
            #expect(try await session.waitForExit().exitStatus == 0)
        }
    }
}
