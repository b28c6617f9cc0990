import Testing
@testable import TerminalKit

@Suite struct DisplayWidthTests {
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

    @Test func stringWidthSumsCharacters() {
        #expect("检查 check".displayWidth == 10)
        #expect("".displayWidth == 0)
        #expect("ＡＢ".displayWidth == 4)
        #expect("한국".displayWidth == 4)
    }

    @Test func controlCharactersNeverReachACell() {
        #expect(Character("\t").terminalGlyph == (" ", 1))
        #expect(Character("\r\n").terminalGlyph == (" ", 1))
        #expect(Character("\u{1B}").terminalGlyph == ("\u{FFFD}", 1))
        #expect(Character("\u{9B}").terminalGlyph == ("\u{FFFD}", 1))
        #expect(Character("\u{378}").terminalGlyph == ("\u{FFFD}", 1))
    }

    @Test func emojiSequencesDrawTheirBase() {
        #expect(Character("👩\u{200D}💻").terminalGlyph == ("👩", 2))
        #expect(Character("👍🏽").terminalGlyph == ("👍", 2))
        #expect(Character("❤\u{FE0F}").terminalGlyph == ("❤", 1))
        #expect(Character("🇨🇳").terminalGlyph == ("🇨", 1))
        #expect(Character("1\u{FE0F}\u{20E3}").terminalGlyph == ("1\u{20E3}", 1))
        // A wide base keeps its emoji presentation selector.
        #expect(Character("⌚\u{FE0F}").terminalGlyph == ("⌚\u{FE0F}", 2))
    }

    @Test func combiningMarksStayWithTheirBase() {
        #expect(Character("a\u{301}\u{302}").terminalGlyph == ("a\u{301}\u{302}", 1))
        let crowded = Character("a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}")
        #expect(crowded.terminalGlyph == ("a\u{301}\u{302}\u{303}\u{304}", 1))
        #expect(Character("\u{1100}\u{1161}").displayWidth == 2)
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
