/// Why the terminal could not be used. Each message carries both languages on one line, because it
/// is printed before (or instead of) the interface and the UI language may not be known yet.
public enum CursesError: Error, CustomStringConvertible, Equatable {
    /// No locale with a UTF-8 character set could be selected.
    case notUTF8(codeset: String)
    /// Standard input or output is not a terminal.
    case notATerminal
    /// TERM is unset, "dumb", or has no terminfo entry.
    case unusableTerminal(term: String)

    public var description: String { "\(english) / \(chinese)" }

    public var english: String {
        switch self {
        case let .notUTF8(codeset):
            return "the terminal's character set is \(codeset), not UTF-8, and C.UTF-8 is not installed; set LANG=C.UTF-8 (or another UTF-8 locale) and try again"
        case .notATerminal:
            return "the interface needs a terminal; run it in a terminal window, not through a pipe"
        case let .unusableTerminal(term):
            return "the terminal type \"\(term)\" cannot draw the interface; set TERM=xterm-256color and try again"
        }
    }

    public var chinese: String {
        switch self {
        case let .notUTF8(codeset):
            return "终端字符集是 \(codeset) 而不是 UTF-8，且系统没有 C.UTF-8；请设置 LANG=C.UTF-8（或其他 UTF-8 区域）后重试"
        case .notATerminal:
            return "界面需要在终端中运行，不能通过管道运行"
        case let .unusableTerminal(term):
            return "终端类型“\(term)”无法显示界面；请设置 TERM=xterm-256color 后重试"
        }
    }
}
