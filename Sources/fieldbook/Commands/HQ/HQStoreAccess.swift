import FieldbookBundle
import FieldbookCore
import FieldbookHQ
import Foundation

/// Opening the headquarters database a command names (`HQDatabase`, which runs HQ's migrator).
enum HQStoreAccess {
    /// Who is deciding at headquarters (resolving a conflict, revoking a key), recorded in the
    /// audit log: `--by`, else the login name; refused when neither gives a name.
    static func person(_ by: String?, context: CommandContext) throws -> String {
        let person = (by ?? context.environment["USER"] ?? context.environment["LOGNAME"] ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !person.isEmpty else { throw SyncError.noResolverName }
        return person
    }

    /// An existing headquarters database and its keys; refuses any other database.
    static func open(_ store: StoreOptions, context: inout CommandContext) throws -> (HQDatabase, HQKeyring, String) {
        let path = store.path(default: HQCommand.defaultDatabase, environment: context.environment)
        guard FileManager.default.fileExists(atPath: path) else { throw CLIError.noDatabase(path) }
        let database = try HQDatabase.open(path: path, clock: context.clock)
        context.adoptLanguage(of: database.store)
        return (database, try HQKeyring.load(from: database, path: path), path)
    }

    /// The database at `path` for `hq init`, created when missing (its directory too, owner-only).
    static func openOrCreate(_ path: String, context: CommandContext) throws -> HQDatabase {
        try DataDirectory.prepareParent(of: path)
        return try HQDatabase.open(path: path, clock: context.clock)
    }
}
