import Testing
@testable import TerminalKit

@Suite struct BufferTests {
    @Test func writesByDisplayWidth() {
        var buffer = Buffer(width: 10, height: 2)
        let end = buffer.write("中文ab", at: Point(x: 1, y: 0))
        #expect(end == 7)
        #expect(buffer.lines == [" 中文ab", ""])
        #expect(buffer[1, 0].width == 2)
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer[5, 0].grapheme == "a")
    }

    @Test func wideGlyphAtTheRightEdgeBecomesASpace() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.fill(buffer.area, with: "x")
        buffer.write("ab中", at: Point(x: 2, y: 0), ellipsis: false)
        #expect(buffer.paddedLines == ["xxab "])
        #expect(buffer[4, 0].width == 1)
        // By default the cut says so: the last column shows "…".
        buffer.write("ab中", at: Point(x: 2, y: 0))
        #expect(buffer.paddedLines == ["xxab…"])
    }

    @Test func wideGlyphAtTheClipEdgeBecomesASpace() {
        var buffer = Buffer(width: 8, height: 1)
        buffer.fill(buffer.area, with: "x")
        buffer.write("检查项目", at: .zero, maxWidth: 5, ellipsis: false)
        #expect(buffer.paddedLines == ["检查 xxx"])
        buffer.write("风险", at: Point(x: 5, y: 0), clip: Rect(x: 0, y: 0, width: 6, height: 1), ellipsis: false)
        #expect(buffer.paddedLines == ["检查  xx"])
        buffer.write("检查项目", at: .zero, maxWidth: 5)
        #expect(buffer.paddedLines == ["检查… xx"])
    }

    @Test func wideGlyphCutByTheLeftClipEdge() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("中文字", at: Point(x: 0, y: 0), clip: Rect(x: 1, y: 0, width: 5, height: 1))
        #expect(buffer.paddedLines == ["  文字"])
    }

    @Test func overwritingTheSecondHalfErasesTheWholeGlyph() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("中文", at: .zero)
        buffer.write("x", at: Point(x: 1, y: 0))
        #expect(buffer.paddedLines == [" x文  "])
        #expect(!buffer[0, 0].isContinuation && buffer[0, 0].width == 1)
    }

    @Test func overwritingTheFirstHalfErasesTheWholeGlyph() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("中文", at: .zero)
        buffer.write("y", at: Point(x: 2, y: 0))
        #expect(buffer.paddedLines == ["中y   "])
        #expect(buffer[3, 0].width == 1 && !buffer[3, 0].isContinuation)
    }

    @Test func aWideGlyphAcrossTwoWideGlyphsErasesBoth() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("中文", at: .zero)
        buffer.write("字", at: Point(x: 1, y: 0))
        #expect(buffer.paddedLines == [" 字   "])
        #expect(buffer[1, 0].width == 2 && buffer[2, 0].isContinuation && buffer[3, 0].width == 1)
    }

    @Test func fillErasesWideGlyphsItCuts() {
        var buffer = Buffer(width: 6, height: 2)
        buffer.write("中文字", at: .zero)
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 1), with: "-")
        #expect(buffer.lines[0] == " -- 字")
        buffer.fill(Rect(x: 0, y: 1, width: 5, height: 1), with: "表")
        #expect(buffer.paddedLines[1] == "表表  ")
    }

    @Test func controlCharactersAreReplaced() {
        var buffer = Buffer(width: 10, height: 1)
        buffer.write("a\tb\u{1B}[2Jc\u{301}", at: .zero)
        #expect(buffer.lines == ["a b\u{FFFD}[2Jc\u{301}"])
    }

    @Test func zeroWidthCharactersAreNotDrawn() {
        var buffer = Buffer(width: 6, height: 1)
        let end = buffer.write("\u{301}a\u{200B}b", at: .zero)
        #expect(end == 2)
        #expect(buffer.lines == ["ab"])
    }

    @Test func writesOutsideTheBufferAreIgnored() {
        var buffer = Buffer(width: 3, height: 1)
        buffer.write("abc", at: Point(x: 0, y: 1))
        buffer.write("abc", at: Point(x: 0, y: -1))
        buffer.write("abcdef", at: Point(x: -2, y: 0), ellipsis: false)
        #expect(buffer.lines == ["cde"])
        buffer.write("abcdef", at: Point(x: -2, y: 0))
        #expect(buffer.lines == ["cd…"])
    }

    @Test func stylesArePatchedOverTextColours() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("ab", at: .zero, style: Style(foreground: .red))
        buffer.patchStyle(Style().reverse, in: Rect(x: 0, y: 0, width: 4, height: 1))
        #expect(buffer[0, 0].style == Style(foreground: .red, attributes: .reverse))
        #expect(buffer[3, 0].style == Style().reverse)
    }
}
