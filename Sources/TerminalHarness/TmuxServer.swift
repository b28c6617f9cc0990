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
        // No status line (the pane gets every row); panes stay after their process exits so the
        // exit status can be read. (Without clients the size stays what new-session/resize-window
        // set; tmux 3.3a's server dies on `window-size manual` in a startup file, and
        // resize-window switches the window to manual itself.)
        let settings = """
            set -g status off
            set -g remain-on-exit on
            set -g default-terminal xterm-256color
            set -s escape-time 0
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
        // Output to a file, not a pipe: the server the first command starts inherits the client's
        // descriptors, and a pipe would then never reach end-of-file.
        let outputPath = directory.appendingPathComponent("output").path
        let status = try SpawnedProcess(executable, ["-u", "-S", socket, "-f", config] + arguments,
                                        environment: environment, output: .file(outputPath),
                                        errorOutput: .sameAsOutput).wait(timeout: .seconds(120))
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw HarnessError.tmuxFailed(arguments: arguments, status: status, output: text)
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
