import FieldbookCore
import Foundation

/// Opening the database a command names, with the rule for each kind of command: commands that
/// read or add to a database need one that exists; `init` may create one; `demo` and `demo-data`
/// build a new one and never touch an existing file.
enum DatabaseAccess {
    /// An existing database; adopts its inspector's language for later messages.
    static func openExisting(_ path: String, context: inout CommandContext) throws -> AppDatabase {
        guard FileManager.default.fileExists(atPath: path) else { throw CLIError.noDatabase(path) }
        let database = try AppDatabase.open(path: path, clock: context.clock)
        context.adoptLanguage(of: database)
        return database
    }

    /// An existing database for a command that only reads it (`list`): one read-only
    /// connection, no migration pass unless the file is older than this build
    /// (`AppDatabase.openForReading`).
    static func openExistingForReading(_ path: String, context: inout CommandContext) throws -> AppDatabase {
        guard FileManager.default.fileExists(atPath: path) else { throw CLIError.noDatabase(path) }
        let database = try AppDatabase.openForReading(path: path, clock: context.clock)
        context.adoptLanguage(of: database)
        return database
    }

    /// A database at `path`, created when missing (its directory too, owner-only).
    static func openOrCreate(_ path: String, context: CommandContext) throws -> AppDatabase {
        try DataDirectory.prepareParent(of: path)
        return try AppDatabase.open(path: path, clock: context.clock)
    }

    /// Builds a new database at `path` with `fill`. The work happens in a temporary file beside
    /// the target that is renamed into place only when complete, so an interrupted or failed
    /// build leaves no half-made database behind (and an existing file is refused up front).
    static func createNew(_ path: String, context: CommandContext,
                          fill: (AppDatabase) throws -> Void) throws {
        guard !FileManager.default.fileExists(atPath: path) else { throw CLIError.databaseExists(path) }
        try DataDirectory.prepareParent(of: path)
        let temporary = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        let leftovers = [temporary, temporary + "-wal", temporary + "-shm"]
        defer { for file in leftovers { try? FileManager.default.removeItem(atPath: file) } }
        do {
            // Built without the write-ahead log (AppDatabase+BulkLoad.swift: the file is nobody
            // else's until the rename), then switched to WAL and synced, so the one renamed file
            // is the whole database.
            let database = try AppDatabase.openForBulkLoad(path: temporary, clock: context.clock)
            try fill(database)
            try database.finishBulkLoad()
            try database.close()
        }
        let wal = (try? FileManager.default.attributesOfItem(atPath: temporary + "-wal")[.size] as? Int) ?? 0
        guard wal == 0 else { throw CLIError.unexpected("the new database's write-ahead log was not folded in") }
        guard FileManager.default.fileExists(atPath: path) == false else { throw CLIError.databaseExists(path) }
        do {
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
        } catch {
            throw CLIError.cannotWrite(path, reason: error.localizedDescription)
        }
    }
}
