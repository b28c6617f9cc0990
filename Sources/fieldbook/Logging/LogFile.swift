import Foundation

/// Fieldbook's log file, `fieldbook.log` in `$XDG_STATE_HOME/fieldbook/`, kept under a size limit
/// by rotation: when a line would take it past `limit`, it becomes `fieldbook.log.1` (the older
/// ones `.2`, … up to `keep`, the oldest dropped), so the log never takes more than
/// `limit × (keep + 1)` bytes on an inspector's laptop.
///
/// Several Fieldbook processes may log at once (the interface and a command in another window):
/// every line is opened, locked (`flock`), appended in one `write` and closed, and rotation
/// happens under the same lock, so lines never interleave and none is written to a file another
/// process just rotated away. Logging must never stop the program: a log that cannot be written
/// (a read-only home) is skipped without a word.
final class LogFile: @unchecked Sendable {
    // @unchecked: `lock` serialises every use of the file among this process's threads.
    let path: String
    let limit: Int
    let keep: Int
    private let lock = NSLock()

    init(path: String, limit: Int = 1 << 20, keep: Int = 3) {
        self.path = path
        self.limit = limit
        self.keep = keep
    }

    /// `$XDG_STATE_HOME/fieldbook/fieldbook.log` (`~/.local/state/…` when it is unset or relative,
    /// as the XDG spec says), its directory created owner-only.
    static func standard(environment: [String: String]) -> LogFile {
        let base: String
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path) + "/.local/state"
        }
        let directory = base + "/fieldbook"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        return LogFile(path: directory + "/fieldbook.log")
    }

    func append(_ line: String) {
        let bytes = Array(line.utf8)
        lock.lock()
        defer { lock.unlock() }
        var descriptor = openLocked()
        guard descriptor >= 0 else { return }
        if fileSize(descriptor) > 0, fileSize(descriptor) + bytes.count > limit {
            rotate()
            closeLocked(descriptor)
            descriptor = openLocked()
            guard descriptor >= 0 else { return }
        }
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        closeLocked(descriptor)
    }

    /// The file at `path`, open for appending and locked. Another process may rotate between
    /// the open and the lock: then the descriptor is the rotated file, and the new one is opened.
    private func openLocked() -> Int32 {
        for _ in 0..<3 {
            let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { return -1 }
            flock(descriptor, LOCK_EX)
            var opened = stat(), current = stat()
            if fstat(descriptor, &opened) == 0, stat(path, &current) == 0, opened.st_ino == current.st_ino {
                return descriptor
            }
            closeLocked(descriptor)
        }
        return -1
    }

    private func closeLocked(_ descriptor: Int32) {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private func fileSize(_ descriptor: Int32) -> Int {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
    }

    /// `.keep-1` → `.keep`, …, the current file → `.1` (renames replace the oldest).
    private func rotate() {
        for index in stride(from: keep - 1, through: 1, by: -1) {
            rename("\(path).\(index)", "\(path).\(index + 1)")
        }
        rename(path, "\(path).1")
    }
}
