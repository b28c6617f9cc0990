import GRDB

extension AppDatabase {
    /// Opens an existing database file for a command that only reads it (`fieldbook list`).
    ///
    /// Opening with `open(path:)` starts a WAL pool and runs the migrator on the writer's
    /// connection (a write transaction and a pass over every migration) before the first read;
    /// for a one-shot read that was most of the command's database time. Here one read-only
    /// connection compares the file's applied migrations with the ones this build knows:
    /// - the same: the file is read as it is and never written (SQLite may leave its empty
    ///   `-wal`/`-shm` companions, owner-only, which the next writer uses as usual);
    /// - older (a migration not applied yet): opened the usual way, which migrates it — the
    ///   same as any command did before, so an old file keeps working;
    /// - newer (a migration this build does not know): refused, unchanged (`CoreError.newerSchema`).
    /// The returned store refuses writes (SQLite's read-only mode).
    public static func openForReading(path: String, clock: AppClock = .system) throws -> AppDatabase {
        let connection: DatabaseQueue
        let applied: Set<String>
        do {
            var config = configuration()
            config.readonly = true
            connection = try DatabaseQueue(path: path, configuration: config)
            applied = try connection.read { db in
                guard try db.tableExists("grdb_migrations") else { return [] }
                return try Set(String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
            }
        } catch let error as DatabaseError {
            throw CoreError.storage(error, path: path)
        }
        let known = Migrations.migrator.migrations
        let unknown = applied.subtracting(known).filter { !$0.hasPrefix(Migrations.headquartersPrefix) }.sorted()
        if !unknown.isEmpty {
            try? connection.close()
            throw CoreError.newerSchema(unknown: unknown)
        }
        guard known.allSatisfy(applied.contains) else {
            // Older than this build (or not a Fieldbook file yet): the usual open migrates it.
            try? connection.close()
            return try open(path: path, clock: clock)
        }
        return AppDatabase(migrated: connection, clock: clock)
    }
}
