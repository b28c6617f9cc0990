import Foundation

/// A private tmux server: its own socket and configuration in a fresh temporary directory, so a test
/// never touches the user's tmux. Killing it removes the directory.
final class TmuxServer {
    let directory: URL
    private let executable: String
    private var socket: String { directory.appendingPathComponent("socket").path }
    private var config: String { directory.appendingPathComponent("tmux.conf").path }

    /// The environment every tmux invocation (and so the server and the pane) starts from:
    /// ours, in a UTF-8 locale, outside any enclosing tmux.
    private let environment: [String: String]

    init() throws {
        guard let tmux = Self.findExecutable("tmux") else { throw HarnessError.tmuxMissing }
        executable = tmux
        // Short path: a Unix socket path must stay under ~100 bytes.
        directory = URL(fileURLWithPath: "/tmp/fbtmux-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        // No status line (the pane gets every row), panes stay after their process exits so the
        // exit status can be read, and the size changes only when a test resizes.
        let settings = """
            set -g status off
            set -g remain-on-exit on
            set -g window-size manual
            set -g default-terminal xterm-256color
            set -g escape-time 0
            set -g history-limit 100

            """
        try settings.write(to: directory.appendingPathComponent("tmux.conf"), atomically: true, encoding: .utf8)
        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil
        env["TMUX_PANE"] = nil
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        environment = env
    }

    /// Runs `tmux -S socket -f config ARGS` and returns its standard output.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-u", "-S", socket, "-f", config] + arguments
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw HarnessError.tmuxFailed(arguments: arguments, status: process.terminationStatus, output: text)
        }
        return text
    }

    /// Stops the server (and with it every pane's process) and removes the directory. Idempotent.
    func kill() {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
