import Foundation
import GRDB

/// The laptop's store: a GRDB database whose public methods are transactions that keep the
/// invariants (revisions, audit log, tombstones, locks, the enterprise summary, search keys).
///
/// Read with `reader`; write only through the methods in the `AppDatabase+…` files, or, for bulk
/// loads that keep the same invariants, with `write` and the `Database`-level helpers they use.
/// The connection itself is `package`: FieldbookBundle (the laptop's sync tables) and
/// FieldbookHQ (which shares the file layout) reach it; the UI and the program cannot.
public struct AppDatabase: Sendable {
    package let writer: any DatabaseWriter
    public let clock: AppClock
    /// What the readers remember of the enterprise lists' positions (ListPositions).
    let listPositions = ListPositionCache()

    public var reader: any DatabaseReader { writer }

    /// Wraps `writer` and migrates its schema to the newest version (`Migrations`), refusing a
    /// file a newer Fieldbook made.
    public init(_ writer: any DatabaseWriter, clock: AppClock = .system) throws {
        try Migrations.migrate(writer, with: Migrations.migrator, ignoringPrefix: Migrations.headquartersPrefix)
        self.init(migrated: writer, clock: clock)
    }

    /// Wraps a connection whose schema the caller has already brought up to date (HQ's database,
    /// which runs its own migrator over this one's history).
    package init(migrated writer: any DatabaseWriter, clock: AppClock) {
        self.writer = writer
        self.clock = clock
    }

    /// Opens (creating when missing) the database file at `path` in WAL mode, with the file
    /// owner-only (0600) and its directory created owner-only (0700).
    public static func open(path: String, clock: AppClock = .system) throws -> AppDatabase {
        try openFile(path: path) { try AppDatabase($0, clock: clock) }
    }

    /// A private in-memory database, for tests and previews.
    public static func inMemory(clock: AppClock = .system) throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: configuration()), clock: clock)
    }

    /// The file this database lives in (empty for an in-memory one).
    public var path: String { writer.path }

    /// Folds the write-ahead log into the database file, so the one file is the whole database
    /// (before it is renamed into place or copied).
    public func foldWriteAheadLog() throws {
        try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    /// Closes the connections; using the database afterwards throws.
    public func close() throws { try writer.close() }

    /// Opens a WAL pool at `path` (file 0600, directory 0700) and hands it to `make`, turning
    /// SQLite's and the file system's errors into `CoreError`s that name the file.
    package static func openFile<T>(path: String, _ make: (DatabasePool) throws -> T) throws -> T {
        do {
            try OwnerOnlyFile.prepare(path: path)
            let pool = try DatabasePool(path: path, configuration: configuration())
            return try make(pool)
        } catch let error as DatabaseError {
            throw CoreError.storage(error, path: path)
        } catch let error as CocoaError {
            throw CoreError.cannotOpen(path: path, reason: error.localizedDescription)
        }
    }

    package static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        config.prepareDatabase { db in
            // The readers keep the list's sort indexes in SQLite's own cache. With the default
            // 2 MB a jump into the middle of 100,000 enterprises re-read about a thousand pages
            // of the 10 MB pinyin index through pread at every turn (a quarter of a page turn's
            // CPU was the kernel copying them, docs/performance.md). The cache grows only with
            // the pages actually read, so a small database pays nothing.
            if db.configuration.readonly {
                try db.execute(sql: "PRAGMA cache_size = -\(readerCacheKiB)")
            }
        }
        return config
    }

    /// Page cache of each reader connection, in KiB: room for the largest sort index at
    /// 100,000 enterprises (≈ 10 MB) and the rows around it. 32 MB filled up in the bench's
    /// thousand jumps (peak memory 33 → 68 MB of the 80 MB target).
    static let readerCacheKiB = 16 * 1024

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
