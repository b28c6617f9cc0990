import Foundation

/// One interface per database: an advisory lock (flock) on an owner-only file beside it,
/// `PATH.lock`, held while the interface runs. Two windows on one database would each keep their
/// own view and session file, and the second's edits would silently undo the first's on screen.
/// The kernel drops the lock when the process ends in any way (SIGKILL included), so a crash
/// never leaves the database locked.
final class DatabaseLock {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }

    /// Takes the lock, or throws `databaseInUse` when another process holds it. Where the lock
    /// file cannot be created (a read-only directory) there is nothing to lock: no one can write
    /// there either, and opening the database reports that itself.
    static func acquire(databasePath: String) throws -> DatabaseLock? {
        let descriptor = open(databasePath + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw CLIError.databaseInUse(databasePath)
        }
        return DatabaseLock(descriptor: descriptor)
    }
}
