import Foundation

/// A program running in a detached tmux session of a given size, on a private tmux server.
///
///     try await TerminalSession.with(["/path/fieldbook", "gallery"], width: 100, height: 30) { s in
///         try await s.waitFor("画廊")
///         try s.press("q")
///         #expect(try await s.waitForExit().exitStatus == 0)
///     }
///
/// The session (and its server) is killed when `with` returns or throws, or at the latest when the
/// object is released.
public final class TerminalSession {
    private let server: TmuxServer
    private var closed = false
    private let target = "fb"

    /// How often the wait functions look at the pane.
    public var pollInterval: Duration = .milliseconds(25)

    /// Starts `command` (an executable and its arguments, run without a shell) at `width`×`height`,
    /// with LANG=LC_ALL=C.UTF-8, TERM=xterm-256color and the `environment` additions.
    public init(
        _ command: [String], width: Int, height: Int,
        environment: [String: String] = [:], workingDirectory: String? = nil
    ) throws {
        precondition(!command.isEmpty, "a command is needed")
        server = try TmuxServer()
        var arguments = ["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)"]
        if let workingDirectory { arguments += ["-c", workingDirectory] }
        let env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color"]
            .merging(environment) { _, added in added }
        for (name, value) in env.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(name)=\(value)"] }
        // One shell word per argument, and `exec` so the pane's first process is the program itself.
        arguments.append("exec " + command.map(Self.shellQuoted).joined(separator: " "))
        do {
            try server.run(arguments)
        } catch {
            server.kill()
            throw error
        }
    }

    deinit { kill() }

    /// Runs `body` with a session and kills the session afterwards, whether `body` returned or threw.
    public static func with<T>(
        _ command: [String], width: Int, height: Int,
        environment: [String: String] = [:], workingDirectory: String? = nil,
        _ body: (TerminalSession) async throws -> T
    ) async throws -> T {
        let session = try TerminalSession(
            command, width: width, height: height, environment: environment, workingDirectory: workingDirectory)
        defer { session.kill() }
        return try await body(session)
    }

    /// Kills the session, its program and the private server. Idempotent.
    public func kill() {
        guard !closed else { return }
        closed = true
        server.kill()
    }

    // MARK: Input

    /// Presses named keys, tmux spelling: "Enter", "Escape", "Tab", "BTab", "Up", "PageDown", "F1",
    /// "C-a", "M-x", "BSpace", "DC" (Delete), or a single character.
    public func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// Types `text` literally, character by character as a keyboard would (Chinese included).
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", "--", text])
    }

    /// Pastes `text` as a terminal paste: wrapped in bracketed-paste markers when the program asked
    /// for them, as a terminal emulator does.
    public func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "harness", "--", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "harness", "-t", target])
    }

    /// Sends raw bytes as if the terminal produced them (e.g. a mouse report).
    public func sendRaw(_ bytes: String) throws {
        try type(bytes)
    }

    // MARK: Output

    /// The visible pane now. With `attributes`, lines carry the SGR escape sequences of colours and
    /// attributes (capture-pane -e). With `scrollback`, lines scrolled off the top come first — after
    /// the program exits tmux scrolls its last screen there to show "Pane is dead". With
    /// `trailingSpaces`, every line keeps its blank cells up to the last one drawn (capture-pane -N):
    /// a coloured blank at the end of a line is part of what is checked.
    public func capture(attributes: Bool = false, scrollback: Bool = false,
                        trailingSpaces: Bool = false) throws -> Screen {
        var arguments = ["capture-pane", "-p", "-t", target]
        if attributes { arguments.append("-e") }
        if trailingSpaces { arguments.append("-N") }
        if scrollback { arguments += ["-S", "-"] }
        var lines = try tmux(arguments).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return Screen(lines: lines)
    }

    /// Waits until some line contains `text`; returns that screen.
    @discardableResult
    public func waitFor(_ text: String, timeout: Duration = .seconds(20)) async throws -> Screen {
        try await waitUntil("\"\(text)\" on screen", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until no line contains `text`; returns that screen.
    @discardableResult
    public func waitForAbsence(of text: String, timeout: Duration = .seconds(20)) async throws -> Screen {
        try await waitUntil("\"\(text)\" to disappear", timeout: timeout) { !$0.contains(text) }
    }

    /// Polls the pane until `condition` holds; throws `HarnessError.timedOut` with the last screen.
    @discardableResult
    public func waitUntil(
        _ description: String, timeout: Duration = .seconds(20), _ condition: (Screen) -> Bool
    ) async throws -> Screen {
        let deadline = ContinuousClock.now + timeout
        while true {
            let screen = try capture()
            if condition(screen) { return screen }
            if ContinuousClock.now >= deadline { throw HarnessError.timedOut(waitingFor: description, screen: screen) }
            try await Task.sleep(for: pollInterval)
        }
    }

    // MARK: Window and process

    /// Resizes the window (and its one pane) to `width`×`height`; the program gets SIGWINCH.
    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pane's terminal modes and its process's state.
    public func state() throws -> PaneState {
        let output = try tmux(["display-message", "-p", "-t", target, PaneState.format])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard let state = PaneState.parse(output) else {
            throw HarnessError.tmuxFailed(arguments: ["display-message"], status: 0, output: output)
        }
        return state
    }

    /// Waits until the pane's process has exited (and tmux knows how) and returns the final state.
    @discardableResult
    public func waitForExit(timeout: Duration = .seconds(20)) async throws -> PaneState {
        let deadline = ContinuousClock.now + timeout
        var deadSince: ContinuousClock.Instant?
        while true {
            let state = try state()
            if state.isDead && state.hasExitReason { return state }
            // Under load tmux sometimes closes a pane without ever reaping its process (no status
            // recorded, no "Pane is dead" drawn). The process is then a zombie whose exit code the
            // kernel still shows; read it there.
            if state.isDead {
                if let reason = try zombieExitReason() {
                    var known = state
                    (known.exitStatus, known.exitSignal) = reason
                    return known
                }
                let since = deadSince ?? ContinuousClock.now
                deadSince = since
                if ContinuousClock.now - since > .seconds(2) { return state }
            }
            if ContinuousClock.now >= deadline { throw HarnessError.stillRunning(screen: try capture()) }
            try await Task.sleep(for: pollInterval)
        }
    }

    /// How the pane's first process ended, if it is a zombie: /proc/PID/stat's 52nd field is the
    /// status waitpid would return.
    private func zombieExitReason() throws -> (status: Int32?, signal: Int32?)? {
        let output = try tmux(["display-message", "-p", "-t", target, "#{pane_pid}"])
        guard let pid = Int32(output.trimmingCharacters(in: .whitespacesAndNewlines)),
              let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // Fields after the command name, which may itself contain spaces: state is field 3.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.first == "Z", fields.count >= 50, let code = Int32(fields[49].trimmingCharacters(in: .whitespacesAndNewlines)) else {
            return nil
        }
        return code & 0x7F == 0 ? ((code >> 8) & 0xFF, nil) : (nil, code & 0x7F)
    }

    /// The process id of the program in the pane: the pane's first process or, when that is a wrapper
    /// (`bash -c '…; …'`) with a single line of descendants, the innermost one.
    public func programPID() throws -> pid_t {
        let output = try tmux(["display-message", "-p", "-t", target, "#{pane_pid}"])
        guard var pid = pid_t(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw HarnessError.tmuxFailed(arguments: ["display-message", "#{pane_pid}"], status: 0, output: output)
        }
        while let children = try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8),
              case let ids = children.split(separator: " ").compactMap({ pid_t($0) }), ids.count == 1 {
            pid = ids[0]
        }
        return pid
    }

    /// Sends `signal` (SIGTERM, SIGHUP, SIGINT, …) to the program in the pane.
    public func signal(_ signal: Int32) throws {
        let pid = try programPID()
        guard Foundation.kill(pid, signal) == 0 else {
            throw HarnessError.tmuxFailed(arguments: ["kill", "\(signal)", "\(pid)"], status: errno, output: "kill failed")
        }
    }

    // MARK: Private

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard !closed else { throw HarnessError.sessionClosed }
        return try server.run(arguments)
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
