import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process started with posix_spawn and reaped with waitpid: the one way the harness and
/// the tests start programs.
///
/// Why not Foundation's `Process`: its `waitUntilExit` spins the calling thread's run loop and
/// learns of the exit through Foundation's manager thread. Called from Swift Testing's
/// cooperative threads — typically after an `await` moved a test to another thread than the one
/// that launched the child — it can wait for ever: a CI run (2026-12-05) spent its 90 minutes in
/// the kill suites after every test but those had passed. waitpid depends on nothing but the
/// kernel, and every wait here has a deadline.
///
/// The child starts with standard input, output and error as asked (never the test runner's own
/// standard input, which CI closes), with every other descriptor closed (no pipe of a concurrent
/// test leaks into a long-lived child and holds that test's end-of-file back), with no signal
/// blocked and default handlers (the calling thread may be a worker with signals blocked; a
/// program started so would never see SIGWINCH or SIGTERM).
public final class SpawnedProcess: @unchecked Sendable {
    /// Where one of the child's standard streams goes.
    public enum Stream: Sendable {
        /// /dev/null.
        case null
        /// A pipe whose other end is `input`, `output` or `errorOutput` here.
        case pipe
        /// The same as standard output (standard error only).
        case sameAsOutput
        /// A file, created or truncated, owner-only.
        case file(String)
    }

    public enum SpawnError: Error, CustomStringConvertible {
        case cannotStart(String, Int32)
        case stillRunning(String, Duration)

        public var description: String {
            switch self {
            case .cannotStart(let program, let code): "cannot start \(program): \(String(cString: strerror(code)))"
            case .stillRunning(let program, let timeout): "\(program) still running after \(timeout); killed"
            }
        }
    }

    public let pid: pid_t
    public let program: String
    /// The write end of the child's standard input, when it is `.pipe`.
    public let input: FileHandle?
    /// The read end of the child's standard output, when it is `.pipe`.
    public let output: FileHandle?
    /// The read end of the child's standard error, when it is `.pipe`.
    public let errorOutput: FileHandle?

    private let lock = NSLock()
    private var reaped: Int32?

    /// Starts `executable` (an absolute path) with `arguments`. `environment` nil passes ours.
    public init(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                currentDirectory: String? = nil, input stdin: Stream = .null, output stdout: Stream = .null,
                errorOutput stderr: Stream = .null) throws {
        program = (executable as NSString).lastPathComponent
        // Writing to a child that has ended must fail with EPIPE, not end this process.
        if case .pipe = stdin { Glibc.signal(SIGPIPE, SIG_IGN) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var parentEnds: [Int32?] = [nil, nil, nil]
        var childEnds: [Int32] = []
        defer { for fd in childEnds { close(fd) } }
        func cleanUpParentEnds() { for fd in parentEnds.compactMap({ $0 }) { close(fd) } }

        for (target, stream) in [(Int32(0), stdin), (1, stdout), (2, stderr)] {
            switch stream {
            case .null:
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", target == 0 ? O_RDONLY : O_WRONLY, 0)
            case .file(let path):
                posix_spawn_file_actions_addopen(&actions, target, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            case .sameAsOutput:
                posix_spawn_file_actions_adddup2(&actions, 1, target)
            case .pipe:
                var fds: [Int32] = [0, 0]
                // pipe2 sits behind _GNU_SOURCE too; the moment before close-on-exec is set does
                // not matter to children started here, which close every descriptor above 2.
                guard pipe(&fds) == 0, fcntl(fds[0], F_SETFD, FD_CLOEXEC) == 0,
                      fcntl(fds[1], F_SETFD, FD_CLOEXEC) == 0 else {
                    let code = errno
                    cleanUpParentEnds()
                    throw SpawnError.cannotStart(program, code)
                }
                let (childEnd, parentEnd) = target == 0 ? (fds[0], fds[1]) : (fds[1], fds[0])
                childEnds.append(childEnd)
                parentEnds[Int(target)] = parentEnd
                // dup2 onto 0/1/2 clears close-on-exec on the copy only.
                posix_spawn_file_actions_adddup2(&actions, childEnd, target)
            }
        }
        if let currentDirectory {
            guard let addChdir = SpawnFunctions.addChdir else {
                cleanUpParentEnds()
                throw SpawnError.cannotStart(program, ENOSYS)
            }
            _ = addChdir(&actions, currentDirectory)
        }
        if let addCloseFrom = SpawnFunctions.addCloseFrom { _ = addCloseFrom(&actions, 3) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var child: pid_t = 0
        let code = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard code == 0 else {
            cleanUpParentEnds()
            throw SpawnError.cannotStart(program, code)
        }
        pid = child
        input = parentEnds[0].map { FileHandle(fileDescriptor: $0, closeOnDealloc: true) }
        output = parentEnds[1].map { FileHandle(fileDescriptor: $0, closeOnDealloc: true) }
        errorOutput = parentEnds[2].map { FileHandle(fileDescriptor: $0, closeOnDealloc: true) }
    }

    deinit {
        // Never leave a child behind a finished test: a forgotten one is killed and reaped.
        if poll() == nil {
            Glibc.kill(pid, SIGKILL)
            _ = try? wait(timeout: .seconds(10))
        }
    }

    /// The exit status when the child has ended (128 + N for signal N), nil while it runs.
    /// Reaps it the first time.
    @discardableResult
    public func poll() -> Int32? {
        lock.lock()
        defer { lock.unlock() }
        if let reaped { return reaped }
        var status: Int32 = 0
        var result: pid_t
        repeat { result = waitpid(pid, &status, WNOHANG) } while result == -1 && errno == EINTR
        guard result == pid else { return nil }
        // WIFEXITED / WEXITSTATUS, which Swift does not import (they are macros).
        reaped = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return reaped
    }

    public var isRunning: Bool { poll() == nil }

    /// Sends `signal`, unless the child is already reaped (its pid may belong to another process by then).
    public func signal(_ signal: Int32) {
        lock.lock()
        defer { lock.unlock() }
        if reaped == nil { Glibc.kill(pid, signal) }
    }

    /// Waits for the child to end and returns its status; after `timeout` it is killed and reaped,
    /// and `SpawnError.stillRunning` thrown. Blocks the calling thread (a millisecond or a few at
    /// a time), so it is safe on any thread.
    @discardableResult
    public func wait(timeout: Duration = .seconds(600)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        var pause: UInt32 = 200
        while true {
            if let status = poll() { return status }
            if ContinuousClock.now >= deadline {
                signal(SIGKILL)
                while poll() == nil { usleep(1_000) }
                throw SpawnError.stillRunning(program, timeout)
            }
            usleep(pause)
            pause = min(pause * 2, 10_000)
        }
    }

    /// Kills the child with SIGKILL and waits until it is gone.
    public func kill() {
        signal(SIGKILL)
        _ = try? wait(timeout: .seconds(60))
    }
}

/// glibc's posix_spawn extensions that Swift's Glibc module does not show (they sit behind
/// _GNU_SOURCE): looked up once by name. addchdir exists since glibc 2.29, addclosefrom since
/// 2.34 (Debian 12 has 2.36); without closefrom the child inherits only descriptors not marked
/// close-on-exec, which Foundation, SQLite and the pipes above all mark.
private enum SpawnFunctions {
    typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32
    typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, UnsafePointer<CChar>?) -> Int32

    static let addCloseFrom: AddCloseFrom? = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np")
        .map { unsafeBitCast($0, to: AddCloseFrom.self) }
    static let addChdir: AddChdir? = dlsym(nil, "posix_spawn_file_actions_addchdir_np")
        .map { unsafeBitCast($0, to: AddChdir.self) }
}
