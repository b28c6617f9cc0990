import CursesTerminal
import Glibc
import Testing
import TerminalKit

/// TerminalKit measures text with its own table; ncurses positions glyphs with the C library's
/// `wcwidth`. If they disagreed on a printable character, a line containing it would be drawn
/// shifted from where the buffer placed it.
@Suite struct WidthAgreementTests {
    /// The Basic Multilingual Plane (without surrogates) and the emoji planes.
    static let ranges: [ClosedRange<UInt32>] = [0x0000...0xD7FF, 0xE000...0xFFFF, 0x1F000...0x1FAFF]

    /// Runs `body` with C.UTF-8 as this thread's LC_CTYPE (`uselocale`; `wcwidth` reads only that),
    /// leaving the process-wide locale — which tests running in parallel may change — alone.
    static func inCUTF8<T>(_ body: () throws -> T) throws -> T {
        let utf8 = try #require(newlocale(Int32(1) << LC_CTYPE, "C.UTF-8", nil), "the C.UTF-8 locale is needed")
        let previous = uselocale(utf8)
        defer {
            uselocale(previous)
            freelocale(utf8)
        }
        return try body()
    }

    @Test func terminalWidthMatchesWcwidthInCUTF8() throws {
        try Self.inCUTF8 { try compareEveryScalar() }
    }

    private func compareEveryScalar() throws {
        var disagreements: [String] = []
        var printableDisagreements = 0
        var checked = 0
        for range in Self.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                checked += 1
                let expected = TerminalLocale.cLibraryWidth(of: scalar)
                let ours = scalar.terminalWidth
                if expected != ours {
                    if expected >= 0 { printableDisagreements += 1 }
                    if disagreements.count < 50 {
                        disagreements.append(String(format: "U+%04X wcwidth %d terminalWidth %d", value, expected, ours))
                    }
                }
            }
        }
        if !disagreements.isEmpty { print("width disagreements:\n" + disagreements.joined(separator: "\n")) }
        #expect(checked == 66_304)
        #expect(printableDisagreements == 0, "\(disagreements)")
        #expect(disagreements.isEmpty)
    }

    @Test func characterWidthsOfTheDocumentedCases() throws {
        try Self.inCUTF8 { checkDocumentedCases() }
    }

    private func checkDocumentedCases() {
        for (text, width) in [("中", 2), ("é", 1), ("😀", 2), ("a", 1), ("，", 2)] {
            let scalar = text.unicodeScalars.first!
            #expect(TerminalLocale.cLibraryWidth(of: scalar) == width)
            #expect(Character(text).displayWidth == width)
        }
        #expect(TerminalLocale.cLibraryWidth(of: "\u{0301}") == 0)
    }
}
