/// How `CursesTerminal` sets up the terminal.
public struct CursesOptions: Sendable {
    /// Report mouse clicks and the wheel.
    public var mouse = true
    /// Ask the terminal to mark pasted text, so a paste arrives as one `Key.paste`.
    public var bracketedPaste = true
    /// How long ncurses waits after ESC for the rest of an escape sequence (milliseconds). Short,
    /// so Esc responds at once; long enough for sequences that arrive over ssh.
    public var escapeDelay: Int32 = 25

    public init(mouse: Bool = true, bracketedPaste: Bool = true, escapeDelay: Int32 = 25) {
        self.mouse = mouse
        self.bracketedPaste = bracketedPaste
        self.escapeDelay = escapeDelay
    }
}
