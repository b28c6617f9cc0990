import Testing
@testable import TerminalKit

@Suite struct DisplayWidthTests {
    /// The text of each cell a buffer draws for `text`.
    func drawn(_ text: String) -> [String] {
        text.glyphs.map { Cell($0, style: .plain).text }
    }

    @Test func theIssuesFourCases() {
        #expect(Character("中").displayWidth == 2)
        #expect(Character("é").displayWidth == 1)
        #expect(Character("e\u{301}").displayWidth == 1)
        #expect(Character("\u{301}").displayWidth == 0)
        #expect(Character("😀").displayWidth == 2)
    }

    @Test func scalarWidthsFollowGlibc() {
        let cases: [(UInt32, Int)] = [
            (0x00, 0), (0x07, -1), (0x41, 1), (0x7F, -1), (0x85, -1), (0xA0, 1), (0xAD, 1),
            (0x300, 0), (0x378, -1), (0x1100, 2), (0x1160, 0), (0x200B, 0), (0x200D, 0),
            (0x2028, -1), (0x231A, 2), (0x2764, 1), (0x3000, 2), (0x303F, 1), (0x3041, 2),
            (0x4E2D, 2), (0xAC00, 2), (0xE000, 1), (0xFE0F, 0), (0xFF01, 2), (0xFFFD, 1),
            (0x1F1E8, 1), (0x1F3FB, 2), (0x1F600, 2), (0x20000, 2), (0xE0001, 0), (0xE01F0, -1),
            (0x10FFFD, 1), (0x10FFFF, -1),
        ]
        for (value, width) in cases {
            #expect(Unicode.Scalar(value)!.terminalWidth == width, "U+\(String(value, radix: 16))")
        }
    }

    @Test func shortcutsAgreeWithTheTable() {
        for range in [0x00...0x2FF, 0x3220...0xA48C, 0xAC00...0xD7A3] as [ClosedRange<UInt32>] {
            let disagreeing = range.filter { Unicode.Scalar($0)!.terminalWidth != Unicode.Scalar.tableWidth($0) }
            #expect(disagreeing.isEmpty)
        }
    }

    @Test func stringWidthIsTheSumOfItsCharacters() {
        let samples = ["检查 check", "a\u{200D}b", "🇨🇳🇺🇸🇯", "👩\u{200D}💻 ok", "e\u{301}\u{200B}x", "\u{915}\u{93E}\r\nz",
                       "©\u{200D}😀", "\u{301}start", "👍🏽👍", "tab\there"]
        for text in samples {
            #expect(text.displayWidth == text.reduce(0) { $0 + $1.displayWidth }, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func stringWidthSumsCharacters() {
        #expect("检查 check".displayWidth == 10)
        #expect("".displayWidth == 0)
        #expect("ＡＢ".displayWidth == 4)
        #expect("한국".displayWidth == 4)
    }

    @Test func controlCharactersNeverReachACell() {
        #expect(drawn("\t") == [" "])
        #expect(drawn("\r\n") == [" "])
        #expect(drawn("\u{1B}") == ["\u{FFFD}"])
        #expect(drawn("\u{9B}") == ["\u{FFFD}"])
        #expect(drawn("\u{378}") == ["\u{FFFD}"])
    }

    @Test func emojiSequencesDrawTheirBase() {
        #expect(drawn("👩\u{200D}💻") == ["👩"])
        #expect(drawn("👍🏽") == ["👍"])
        #expect(drawn("❤\u{FE0F}") == ["❤"])
        #expect(drawn("🇨🇳") == ["🇨"])
        #expect(drawn("1\u{FE0F}\u{20E3}") == ["1\u{20E3}"])
        // A wide base keeps its emoji presentation selector.
        #expect(drawn("⌚\u{FE0F}") == ["⌚\u{FE0F}"])
    }

    @Test func combiningMarksStayWithTheirBase() {
        #expect(drawn("a\u{301}\u{302}") == ["a\u{301}\u{302}"])
        #expect(drawn("a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}") == ["a\u{301}\u{302}\u{303}\u{304}"])
        #expect(Character("\u{1100}\u{1161}").displayWidth == 2)
        #expect(drawn("\u{1100}\u{1161}") == ["\u{1100}\u{1161}"])
        // A spacing vowel sign has width 1 in glibc: ncurses gives it its own cell, and so do we.
        #expect(drawn("\u{915}\u{93E}") == ["\u{915}", "\u{93E}"])
        #expect(Character("\u{915}\u{93E}").displayWidth == 2)
        // Format characters are dropped, even inside a cluster.
        #expect(drawn("a\u{301}\u{200C}") == ["a\u{301}"])
        #expect(drawn("\u{200B}") == [])
    }

    @Test func truncationCutsByWidth() {
        #expect("劳动合同 contract".truncated(toWidth: 7) == "劳动合…")
        #expect("劳动合同".truncated(toWidth: 8) == "劳动合同")
        #expect("劳动合同".truncated(toWidth: 6) == "劳动…")
        #expect("劳动合同".truncated(toWidth: 1) == "…")
        #expect("劳动合同".truncated(toWidth: 0) == "")
        #expect("abcdef".truncated(toWidth: 4) == "abc…")
        #expect("中a".prefix(fittingWidth: 1) == "")
    }
}
