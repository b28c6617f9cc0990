import CNCursesW

/// The bytes that undo what the interface switched on, read from terminfo for the terminal in use,
/// for the last-resort restore in a signal handler (where `endwin` may not run).
enum ResetSequence {
    /// Leave the alternate screen, show the cursor, plain attributes, keypad off, then mouse
    /// reporting and bracketed paste off if we turned them on.
    static func bytes(mouse: Bool, bracketedPaste: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "rmcup", "cnorm", "rmkx"] {
            bytes += capabilityBytes(capability) ?? []
        }
        if mouse { bytes += Array("\u{1B}[?1006;1000l\u{1B}[?1002l\u{1B}[?1003l".utf8) }
        if bracketedPaste { bytes += disableBracketedPaste }
        return bytes
    }

    /// xterm's sequences, used when terminfo lacks the extended BE/BD capabilities.
    static var enableBracketedPaste: [UInt8] { capabilityBytes("BE") ?? Array("\u{1B}[?2004h".utf8) }
    static var disableBracketedPaste: [UInt8] { capabilityBytes("BD") ?? Array("\u{1B}[?2004l".utf8) }

    /// A string capability of the current terminal (nil when absent or not a string).
    static func capabilityBytes(_ name: String) -> [UInt8]? {
        guard let value = tigetstr(name) else { return nil }
        // tigetstr returns (char *)-1 for a name that is not a string capability.
        if UInt(bitPattern: value) == UInt.max { return nil }
        return Array(String(cString: value).utf8)
    }
}
