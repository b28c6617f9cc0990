import FieldbookCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `process`: what a user waits for from pressing Enter in a shell — the whole process, exec to
/// exit (a short command) or exec to the dashboard's first bytes on a terminal (the interface) —
/// beside the tools a user compares it with, spawned the same way in the same run:
/// - `fieldbook --help` (nothing but start-up and argument parsing);
/// - `fieldbook list enterprises --search 汉江 --limit 50` against the `sqlite3` shell running the
///   same LIKE with the same LIMIT on the same file;
/// - the interface on a pseudo-terminal, until the dashboard's title has been written, against
///   `vim -u NONE` and `less` until their first bytes (when installed).
/// Every child is started with `posix_spawn` (no shell, no `env` lookup) so the spawner's own
/// cost is the same for ours and the references.
/// On a pty the time runs from just before the spawn to the bytes waited for; ending the child
/// afterwards (SIGTERM, then reaping it) is not part of the figure. Until session 8 it was, which
/// added the interface's own shutdown (leaving curses, saving the session) to its first frame.
struct ProcessBenchmarks {
    let path: String
    let plan: BenchPlan
    let workDirectory: URL

    func run() throws -> [BenchFigure] {
        let me = plan.program ?? Self.executablePath
        let runs = max(plan.slowRuns, 10)
        var figures: [BenchFigure] = []

        let help = try samples(runs) { try Spawned.run([me, "--help"]) }
        figures.append(BenchFigure(key: "process.help", title: "`fieldbook --help`, exec to exit",
                                   samples: help, target: .init(limit: 5, statistic: .median)))

        let query = "汉江"
        let list = try samples(runs) {
            try Spawned.run([me, "list", "enterprises", "--db", path, "--search", query, "--limit", "\(BenchPlan.pageSize)"])
        }
        var listFigure = BenchFigure(key: "process.list-search", title: "`fieldbook list enterprises --search \(query) --limit 50`, exec to exit",
                                     samples: list)
        if let sqlite = Spawned.find("sqlite3") {
            let sql = "SELECT id, name FROM enterprise WHERE name LIKE '%\(query)%' LIMIT \(BenchPlan.pageSize)"
            let shell = try samples(runs) { try Spawned.run([sqlite, path, sql]) }
            let reference = BenchFigure(key: "reference.process.sqlite3-search", title: "reference: sqlite3 shell, the same LIKE with LIMIT 50",
                                        samples: shell)
            listFigure.note = String(format: "%.2f× the sqlite3 shell (target: at most 1×)", listFigure.median / reference.median)
            figures += [listFigure, reference]
        } else {
            listFigure.note = "no sqlite3 shell to compare with"
            figures.append(listFigure)
        }

        // The interface on its own copy of the session files: a run must not reopen the screens a
        // user left open on this database.
        let environment = [
            "TERM=xterm-256color", "LANG=C.UTF-8", "LINES=40", "COLUMNS=120",
            "XDG_DATA_HOME=" + workDirectory.appendingPathComponent("xdg-data").path,
            "XDG_STATE_HOME=" + workDirectory.appendingPathComponent("xdg-state").path,
            "HOME=" + workDirectory.path,
        ]
        let title = Array("Fieldbook".utf8)
        // The dashboard draws its rows first and its counts a tick later (DashboardScreen): the
        // second figure waits for the unexported-visits count, a number long enough (≥ 4 digits)
        // not to be met by chance earlier in the stream.
        let unexported = try countsMarker()
        var firstFrames: [Duration] = []
        var countsShown: [Duration] = []
        for run in 0...runs {
            let times = try Spawned.onTerminal([me, "--db", path], environment: environment,
                                               until: [title] + (unexported.map { [Array($0.utf8)] } ?? []))
            guard run > 0 else { continue }  // the warm-up (the page cache then holds the binary)
            firstFrames.append(times[0])
            if times.count > 1 { countsShown.append(times[1]) }
        }
        var interfaceFigure = BenchFigure(key: "process.interface-first-frame",
                                          title: "interface: exec to the dashboard's title on a pty (120×40)",
                                          samples: firstFrames, target: .init(limit: 15, statistic: .median))
        var countsFigure: BenchFigure?
        if let unexported {
            countsFigure = BenchFigure(key: "process.interface-counts", title: "interface: exec to the dashboard's counts on the pty",
                                       samples: countsShown, note: "the unexported count (\(unexported)) drawn a tick after the first frame")
        }
        let text = workDirectory.appendingPathComponent("less.txt")
        try Data(String(repeating: "劳动关系用工风险排查 field inspection\n", count: 200).utf8).write(to: text)
        var notes: [String] = []
        var references: [BenchFigure] = []
        for (name, arguments) in [("vim", ["-u", "NONE", "-N", "-X"]), ("less", [text.path])] {
            guard let tool = Spawned.find(name) else { notes.append("no \(name) to compare with"); continue }
            // From the spawn to the first bytes, like ours (the kill and reap after are not timed).
            let reference = try (0...runs).map { _ in try Spawned.onTerminal([tool] + arguments, environment: environment, until: [])[0] }
                .dropFirst().map { $0 }
            let figure = BenchFigure(key: "reference.process.\(name)", title: "reference: `\(name)` to its first bytes on the same pty",
                                     samples: reference)
            notes.append(String(format: "%.1f× %@", interfaceFigure.median / figure.median, name))
            references.append(figure)
        }
        interfaceFigure.note = notes.joined(separator: ", ")
        return figures + [interfaceFigure] + (countsFigure.map { [$0] } ?? []) + references
    }

    /// The unexported-visits count as the dashboard writes it, when it has at least four digits.
    private func countsMarker() throws -> String? {
        let database = try AppDatabase.openForReading(path: path)
        defer { try? database.close() }
        let count = try database.dashboardCounts().visitsNotExported
        return count >= 1000 ? String(count) : nil
    }

    /// Timed runs of `body`, one warm-up first (the page cache holds the binary after it).
    private func samples(_ runs: Int, _ body: () throws -> Void) throws -> [Duration] {
        try body()
        return try Stopwatch.samples(runs: runs) { _ in try body() }
    }

    /// This program's own file, so the figures are for the binary that runs the benchmark.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}

/// Children started with `posix_spawn`, their output discarded or read from a pseudo-terminal.
enum Spawned {
    /// glibc's `POSIX_SPAWN_SETSID` (0x80, <spawn.h>), declared only under _GNU_SOURCE, which
    /// Swift's Glibc module does not define.
    static let spawnSetsid: Int16 = 0x80

    /// The first executable `name` on PATH.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
    }

    /// Runs `arguments` with stdin, stdout and stderr on /dev/null and waits for it; it must exit 0.
    static func run(_ arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in 0...2 {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let pid = try spawn(arguments, actions: &actions, attributes: nil, environment: nil)
        let status = try wait(pid)
        guard status == 0 else { throw BenchError.unexpected("\(arguments[0]) exited with status \(status)") }
    }

    /// Starts `arguments` as the leader of a new session whose controlling terminal is a fresh
    /// pseudo-terminal, reads what it writes until each of `markers` has appeared in turn (with
    /// none, until its first bytes), then ends it with SIGTERM (SIGKILL after a second) and reaps
    /// it. Returns the time from just before the spawn to each marker (to the first bytes).
    @discardableResult
    static func onTerminal(_ arguments: [String], environment: [String], until markers: [[UInt8]]) throws -> [Duration] {
        // What posix_openpt does on Linux (it too is hidden behind _XOPEN_SOURCE).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw BenchError.unexpected("no pseudo-terminal (errno \(errno))") }
        defer { close(master) }
        guard let slave = PseudoTerminal.unlockAndName(master) else {
            throw BenchError.unexpected("pseudo-terminal not usable (errno \(errno))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid (POSIX_SPAWN_SETSID runs before the file actions), opening the terminal
        // without O_NOCTTY makes it the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Self.spawnSetsid)
        let started = ContinuousClock.now
        let pid = try spawn(arguments, actions: &actions, attributes: &attributes,
                            environment: environment + ["PATH=" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")])
        defer {
            kill(pid, SIGTERM)
            if !reaped(pid, within: 1.0) { kill(pid, SIGKILL); _ = try? wait(pid) }
        }
        var seen: [UInt8] = []
        var times: [Duration] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            guard poll(&poller, 1, 100) >= 0 || errno == EINTR else { break }
            guard poller.revents != 0 else { continue }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            guard times.count < markers.count else { return [started.duration(to: .now)] }
            seen += buffer[0..<count]
            // One read may hold several markers.
            while times.count < markers.count, let end = position(of: markers[times.count], in: seen) {
                times.append(started.duration(to: .now))
                seen.removeFirst(end)
            }
            if times.count == markers.count { return times }
            // Keep only a tail long enough to hold a marker split across reads.
            let keep = markers[times.count].count
            if seen.count > 1 << 16 { seen.removeFirst(seen.count - keep) }
        }
        throw BenchError.unexpected("\(arguments[0]) did not draw its first screen within 10 s")
    }

    private static func spawn(_ arguments: [String], actions: inout posix_spawn_file_actions_t,
                              attributes: UnsafeMutablePointer<posix_spawnattr_t>?,
                              environment: [String]?) throws -> pid_t {
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let env = (environment ?? ProcessInfo.processInfo.environment.map { "\($0)=\($1)" }).map { strdup($0) } + [nil]
        defer { env.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, arguments[0], &actions, attributes, argv, env)
        guard result == 0 else { throw BenchError.unexpected("cannot start \(arguments[0]) (errno \(result))") }
        return pid
    }

    private static func wait(_ pid: pid_t) throws -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw BenchError.unexpected("waitpid failed (errno \(errno))") }
        }
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    private static func reaped(_ pid: pid_t, within seconds: Double) -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        var status: Int32 = 0
        while ContinuousClock.now < deadline {
            if waitpid(pid, &status, WNOHANG) == pid { return true }
            usleep(2000)
        }
        return false
    }

    /// Where `needle` ends in `haystack` (the index after its first occurrence), or nil.
    private static func position(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        return (0...(haystack.count - needle.count)).first { start in
            haystack[start..<start + needle.count].elementsEqual(needle)
        }.map { $0 + needle.count }
    }
}

/// `grantpt`, `unlockpt` and `ptsname` are declared only under _XOPEN_SOURCE, which Swift's Glibc
/// module does not define, so they are looked up at run time (as NoReplacePublish does for
/// renameat2); glibc always has them.
private enum PseudoTerminal {
    typealias IntFunction = @convention(c) (Int32) -> Int32
    typealias NameFunction = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    static func unlockAndName(_ master: Int32) -> String? {
        guard let grant = dlsym(nil, "grantpt"), let unlock = dlsym(nil, "unlockpt"),
              let name = dlsym(nil, "ptsname") else { return nil }
        guard unsafeBitCast(grant, to: IntFunction.self)(master) == 0,
              unsafeBitCast(unlock, to: IntFunction.self)(master) == 0,
              let path = unsafeBitCast(name, to: NameFunction.self)(master) else { return nil }
        return String(cString: path)
    }
}
