import CNCursesW
import TerminalKit

extension CursesTerminal {
    /// Curses on a `PseudoTerminal` as xterm-256color, without mouse or bracketed paste and without
    /// the signal/atexit guards of a real session: what the render benchmark and the tests that
    /// replay its output in a terminal emulator present to.
    /// `drawsThroughCurses` makes ncurses draw the frames instead of `FrameWriter` (the fallback
    /// for terminals the writer cannot serve), so both can be compared.
    static func headless(on pty: PseudoTerminal, terminalType: String = "xterm-256color",
                         drawsThroughCurses: Bool = false) throws -> CursesTerminal {
        try TerminalLocale.prepare()
        // The pty's size wins over LINES/COLUMNS in our own environment.
        use_tioctl(true)
        return try CursesTerminal(terminalType: terminalType, output: pty.output, input: pty.input,
                                  options: CursesOptions(mouse: false, bracketedPaste: false),
                                  guardsTerminal: false, drawsThroughCurses: drawsThroughCurses)
    }
}
