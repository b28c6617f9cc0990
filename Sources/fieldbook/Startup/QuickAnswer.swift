import Foundation

/// Answers `fieldbook --help` (also `-h` and `help`) and `fieldbook --version` before
/// argument-parser is touched.
///
/// argument-parser builds its view of the command tree by reflection: every `@Option` of every
/// command is found through `Mirror` and a dynamic cast, and each first cast of a type to a protocol
/// makes the Swift runtime scan every protocol-conformance record in the binary. That was about a
/// third of a whole `fieldbook --help` (docs/performance.md). The root's help at the width
/// argument-parser would use is known in advance: `RootHelpText.eighty` is its own rendering at 80
/// columns, which is what it uses when standard output is not a terminal and `COLUMNS` is unset,
/// and on an 80-column terminal. At any other width argument-parser renders it as before.
/// `QuickAnswerTests` proves the text equals argument-parser's output, in Chinese and English
/// locales, and regenerates it (`FIELDBOOK_UPDATE_HELP=1`) when a command's help changes.
enum QuickAnswer {
    /// What to print for `arguments` (the command line without the program name), or nil when
    /// argument-parser must handle them.
    static func text(for arguments: [String], width: () -> Int = helpWidth) -> String? {
        switch arguments {
        case ["--help"], ["-h"], ["help"]:
            return width() == RootHelpText.width ? RootHelpText.eighty : nil
        case ["--version"]:
            return BuildInfo.text
        default:
            return nil
        }
    }

    /// Prints the answer and ends the process with status 0 when there is one; returns otherwise.
    static func answerIfKnown(_ arguments: [String]) {
        guard let text = text(for: arguments) else { return }
        let bytes = Array((text + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress! + written, $0.count - written) }
            if count < 0 && errno == EINTR { continue }
            // A closed or full output ends the answer, with status 0 as argument-parser's print did.
            guard count > 0 else { break }
            written += count
        }
        exit(0)
    }

    /// The width argument-parser wraps help to: `COLUMNS` when it is a number, else the width of
    /// the terminal on standard output, else 80.
    static func helpWidth() -> Int {
        if let columns = getenv("COLUMNS"), let width = Int(String(cString: columns)) { return width }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
