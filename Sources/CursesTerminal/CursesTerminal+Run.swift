import Glibc
import TerminalKit

extension CursesTerminal {
    /// The smallest terminal the interface is laid out for. Below it the loop shows
    /// `tooSmallMessage` instead of a broken layout, and recovers when the window grows.
    public static let minimumSize = Size(width: 60, height: 16)

    /// "Terminal too small" in both languages (the UI language may not be known yet), with the
    /// current and the needed size.
    public static func tooSmallMessage(_ size: Size) -> String {
        "终端窗口太小：当前 \(size.width)×\(size.height)，至少需要 \(minimumSize.width)×\(minimumSize.height)。"
            + " Terminal too small: \(size.width)×\(size.height), needs at least \(minimumSize.width)×\(minimumSize.height)."
    }

    /// Runs `body` with the terminal in curses mode and restores it however `body` ends: return,
    /// thrown error, or a termination signal — after which the process ends by that signal, as
    /// the shell expects (exit status 128 + signal).
    public static func run<T>(options: CursesOptions = CursesOptions(),
                              _ body: (CursesTerminal) throws -> T) throws -> T {
        let terminal = try CursesTerminal(options: options)
        let result: Result<T, Error>
        do {
            result = .success(try body(terminal))
        } catch {
            result = .failure(error)
        }
        let pending = terminal.close()
        if let pending { TerminalRescue.reraise(pending) }
        if case .failure(let error) = result, let interrupted = error as? Interrupted {
            TerminalRescue.reraise(interrupted.signal)
        }
        return try result.get()
    }

    /// Runs a program in the loop until it quits, with the minimum size enforced and the terminal
    /// restored afterwards. `makeProgram` gets the terminal's colour count (to pick a `Theme`).
    /// Returns the program in its final state.
    @discardableResult
    public static func run<P: Program>(options: CursesOptions = CursesOptions(),
                                       clock: some MonotonicClock = SystemMonotonicClock(),
                                       program makeProgram: (_ colorCount: Int) throws -> P) throws -> P {
        try run(options: options) { terminal in
            var runner = ProgramRunner(try makeProgram(terminal.colorCount), minimumSize: minimumSize,
                                       tooSmallMessage: tooSmallMessage)
            try runner.run(on: terminal, clock: clock)
            return runner.program
        }
    }
}
