import FieldbookCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One export per database at a time: an advisory lock (flock) on an owner-only file beside the
/// database, `PATH.export-lock`, held from the first read to the recording of the bundle. Two
/// exports at once would take the same sequence number and name. The kernel drops the lock when
/// the process ends in any way (SIGKILL included), so a killed export never blocks the next.
/// (A separate file from the interface's `PATH.lock`: the interface exports while holding that.)
final class ExportLock: Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    static func path(forDatabase databasePath: String) -> String { databasePath + ".export-lock" }

    /// Takes the lock, or throws `exportInProgress` when another export holds it. A database
    /// without a file (in memory) cannot be shared between processes: nothing to lock.
    static func acquire(databasePath: String) throws -> ExportLock? {
        guard ExportWorkArea.isFile(databasePath) else { return nil }
        let descriptor = open(path(forDatabase: databasePath), O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw SyncError.writeFailed(path(forDatabase: databasePath), reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw SyncError.exportInProgress(databasePath)
        }
        return ExportLock(descriptor: descriptor)
    }
}
