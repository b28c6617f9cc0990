import FieldbookCore
import FieldbookSync
import Foundation

/// Opening the headquarters database a command names, with its keys.
enum HQDatabase {
    static func open(_ store: StoreOptions, context: inout CommandContext) throws -> (AppDatabase, HQKeyring, String) {
        let path = store.path(default: HQCommand.defaultDatabase, environment: context.environment)
        let database = try DatabaseAccess.openExisting(path, context: &context)
        return (database, try HQKeyring.load(from: database, path: path), path)
    }
}
