import CNCursesW
import Glibc

/// The locale must be chosen before anything measures text: glibc's `wcwidth` (and so ncurses)
/// returns −1 for every non-ASCII character until `setlocale` runs, and in the "C" locale.
public enum TerminalLocale {
    /// Adopts the user's locale; if its character set is not UTF-8, switches to C.UTF-8.
    /// Returns the codeset in force. Throws `CursesError.notUTF8` when no UTF-8 locale exists.
    @discardableResult
    public static func prepare() throws -> String {
        setlocale(LC_ALL, "")
        if isUTF8(currentCodeset) { return currentCodeset }
        let original = currentCodeset
        for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_ALL, fallback) != nil {
            if isUTF8(currentCodeset) { return currentCodeset }
        }
        setlocale(LC_ALL, "")
        throw CursesError.notUTF8(codeset: original)
    }

    /// The character set of the current LC_CTYPE, e.g. "UTF-8" or "ANSI_X3.4-1968".
    public static var currentCodeset: String {
        guard let name = nl_langinfo(nl_item(CODESET)) else { return "unknown" }
        return String(cString: name)
    }

    static func isUTF8(_ codeset: String) -> Bool {
        let normalized = codeset.lowercased().filter { $0 != "-" }
        return normalized == "utf8"
    }
}

extension TerminalLocale {
    /// What the C library's `wcwidth` — the function ncurses positions glyphs by — says about
    /// `scalar` in the current locale (−1 for non-printable). For tests that hold TerminalKit's
    /// width table to it.
    public static func cLibraryWidth(of scalar: Unicode.Scalar) -> Int {
        Int(wcwidth(wchar_t(bitPattern: scalar.value)))
    }
}
