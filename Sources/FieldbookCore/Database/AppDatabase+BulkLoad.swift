import Foundation
import GRDB

/// A new database built in one go (`demo-data`, `demo`, `init` write a temporary file that is
/// renamed into place only when it is complete), without the write-ahead log.
///
/// Why: in WAL mode every page is written twice (to the log, then to the file at each
/// checkpoint), and pages touched by several of the load's transactions more often: 9 GB of
/// writes for the 2.5 GB file of `demo-data 100000 200000`, a tenth of its CPU in `pwrite`
/// (docs/performance.md). A file no one else can see yet needs neither the log nor a rollback
/// journal: if the load fails, the caller deletes it. `finishBulkLoad` makes it an ordinary WAL
/// database, durable on disk, before it is renamed.
extension AppDatabase {
    /// Opens (creating) the file at `path`, owner-only, with no journal and no fsync, and
    /// migrates it; the enterprise list's covering indexes wait for `finishBulkLoad`. Only for a
    /// file that is not yet in place and is deleted if anything fails.
    public static func openForBulkLoad(path: String, clock: AppClock = .system) throws -> AppDatabase {
        do {
            try OwnerOnlyFile.prepare(path: path)
            let queue = try DatabaseQueue(path: path, configuration: configuration())
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
            }
            let database = try AppDatabase(queue, clock: clock)
            // The list's covering indexes are built once at the end (`finishBulkLoad`).
            try queue.write { db in try EnterpriseListSchema.dropIndexes(db) }
            return database
        } catch let error as DatabaseError {
            throw CoreError.storage(error, path: path)
        } catch let error as CocoaError {
            throw CoreError.cannotOpen(path: path, reason: error.localizedDescription)
        }
    }

    /// Turns a bulk-loaded file into the WAL database every other open expects, with its pages
    /// on disk: the switch is a write with `synchronous = FULL`, which fsyncs the file. The
    /// switch is made in rollback mode, so the new log is empty (nothing to checkpoint).
    public func finishBulkLoad() throws {
        try writer.write { db in try EnterpriseListSchema.createIndexes(db) }
        try writer.writeWithoutTransaction { db in
            // The load's cached statements go first: SQLite changes the journal mode only outside
            // a transaction, and a statement of this connection left mid-step holds one open.
            db.releaseMemory()
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // fetchAll steps the pragma to its end, so it does not stay open itself.
            let mode = try String.fetchAll(db, sql: "PRAGMA journal_mode = WAL").first
            guard mode == "wal" else {
                throw DatabaseError(message: "the new database could not switch to WAL mode (\(mode ?? "?"))")
            }
        }
    }
}
