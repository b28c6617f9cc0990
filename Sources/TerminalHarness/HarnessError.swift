/// Why a harness operation failed; the description is meant to be read in a test failure.
public enum HarnessError: Error, CustomStringConvertible {
    /// tmux is not on PATH (CI installs it; locally: `apt-get install tmux`).
    case tmuxMissing
    /// A tmux command exited non-zero.
    case tmuxFailed(arguments: [String], status: Int32, output: String)
    /// The awaited condition did not hold before the deadline; `screen` is what the pane showed last.
    case timedOut(waitingFor: String, screen: Screen)
    /// The program in the pane did not exit before the deadline.
    case stillRunning(screen: Screen)
    /// The session was already killed.
    case sessionClosed

    public var description: String {
        switch self {
        case .tmuxMissing:
            return "tmux is not installed or not on PATH; install it (apt-get install tmux) to run end-to-end tests"
        case let .tmuxFailed(arguments, status, output):
            return "tmux \(arguments.joined(separator: " ")) exited with \(status): \(output)"
        case let .timedOut(condition, screen):
            return "timed out waiting for \(condition); the pane showed:\n\(screen.text)"
        case let .stillRunning(screen):
            return "the program is still running; the pane showed:\n\(screen.text)"
        case .sessionClosed:
            return "the tmux session was already killed"
        }
    }
}
