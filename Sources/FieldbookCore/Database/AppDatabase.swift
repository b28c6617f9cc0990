import Foundation
import GRDB

/// The Fieldbook store: a GRDB database whose public methods are transactions that keep the
/// invariants (revisions, audit log, tombstones, locks, the enterprise summary, search keys).
///
/// Read with `reader`; write only through the methods in the `AppDatabase+…` files, or, for bulk
/// loads that keep the same invariants, with `write` and the `Database`-level helpers they use.
public struct AppDatabase: Sendable {
    /// The underlying connection(s). Reads may use it freely; writes should go through methods.
    public let writer: any DatabaseWriter
    public let clock: AppClock

    public var reader: any DatabaseReader { writer }

    /// Wraps `writer` and migrates its schema to the newest version.
    public init(_ writer: any DatabaseWriter, clock: AppClock = .system) throws {
        self.writer = writer
        self.clock = clock
        // A newer Fieldbook's database: refuse before writing anything, rather than add rows its
        // newer schema may not accept (GRDB's migrate passes over identifiers it does not know).
        // Core and sync share the migrations table, so an identifier is unknown to both or new.
        let migrator = Migrations.migrator
        let known = Set(migrator.migrations + SyncSchema.migrator.migrations)
        // On the writer's connection: a pool reader opened this early would keep the WAL from
        // being folded in when the pool closes.
        let unknown = try writer.writeWithoutTransaction { db in
            try migrator.appliedIdentifiers(db).subtracting(known).sorted()
        }
        if !unknown.isEmpty { throw CoreError.newerSchema(unknown: unknown) }
        try migrator.migrate(writer)
    }

    /// Opens (creating when missing) the database file at `path` in WAL mode, with the file
    /// owner-only (0600) and its directory created owner-only (0700).
    public static func open(path: String, clock: AppClock = .system) throws -> AppDatabase {
        do {
            try OwnerOnlyFile.prepare(path: path)
            let pool = try DatabasePool(path: path, configuration: configuration())
            return try AppDatabase(pool, clock: clock)
        } catch let error as DatabaseError {
            throw CoreError.storage(error, path: path)
        } catch let error as CocoaError {
            throw CoreError.cannotOpen(path: path, reason: error.localizedDescription)
        }
    }

    /// A private in-memory database, for tests and previews.
    public static func inMemory(clock: AppClock = .system) throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: configuration()), clock: clock)
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        return config
    }

    /// Runs `updates` in one write transaction and takes a change sequence number for it.
    /// For bulk loads (imports, demo data) that call the `Database`-level helpers.
    public func write<T: Sendable>(_ updates: @Sendable (Database, ChangeContext) throws -> T) throws -> T {
        let clock = self.clock
        return try writer.write { db in
            let context = try ChangeContext(db, clock: clock)
            return try updates(db, context)
        }
    }
}
