import Foundation
import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

/// Opens a file with the desktop's opener (`xdg-open`), never blocking the interface: the program
/// is found on PATH first (so "no opener" is said at once), then started as an `Effect` — in the
/// background in the real loop — in its own session with its output sent to /dev/null (it must
/// not draw over the curses screen), and waited for there so it leaves no zombie.
public struct FileOpener: Sendable {
    /// The opener's name (looked up on PATH) or an absolute path.
    public var command: String
    public var path: String

    public init(command: String = "xdg-open", path: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin") {
        self.command = command
        self.path = path
    }

    public static let system = FileOpener()

    /// The opener's executable, or nil when this computer has none.
    public var executable: String? {
        if command.hasPrefix("/") { return access(command, X_OK) == 0 ? command : nil }
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = String(directory) + "/" + command
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// The work of opening `file` with `executable`.
    public func effect(opening file: String, with executable: String) -> Effect {
        Effect {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
                posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0)
            }
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            // Its own session: no terminal signals (Ctrl-C in the interface) reach it. glibc's
            // POSIX_SPAWN_SETSID (0x80, since 2.26) is behind _GNU_SOURCE, which Swift's Glibc
            // module does not see: spelled out.
            posix_spawnattr_setflags(&attributes, Int16(0x80))
            var pid: pid_t = 0
            let arguments = [executable, file]
            var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
            defer { for pointer in argv { free(pointer) } }
            guard posix_spawn(&pid, executable, &actions, &attributes, &argv, environ) == 0 else { return }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
    }
}
