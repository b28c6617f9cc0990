import Testing
@testable import TerminalKit

@Suite struct FittedTextTests {
    @Test func cutsExactlyLikeTruncatedToWidth() {
        let samples = ["", "a", "中", "劳动合同签订情况", "Overtime 加班 pay", "91110000MA01XYZ12", "e\u{301}té 😀 ok",
                       "a\u{200B}b", "中a文b字", "2024-05-01"]
        for text in samples {
            for width in 0...20 {
                let fitted = FittedText(text, width: width)
                let shown = String(fitted.text) + (fitted.isTruncated && width > 0 ? "…" : "")
                #expect(shown == text.truncated(toWidth: width), "\(text) at \(width)")
                #expect(fitted.width == shown.displayWidth, "\(text) at \(width)")
            }
        }
    }

    @Test func writesAlignedWithinItsColumns() {
        var buffer = Buffer(width: 12, height: 3)
        buffer.fill(buffer.area, with: ".")
        buffer.write("12345", fitting: 4, at: Point(x: 1, y: 0), alignment: .right, style: .plain)
        buffer.write("检查项目", fitting: 5, at: Point(x: 1, y: 1), alignment: .right, style: .plain)
        buffer.write("ab", fitting: 6, at: Point(x: 1, y: 2), alignment: .center, style: .plain)
        // Only the glyphs are written: the rest of the columns keep what was there.
        #expect(buffer.lines == [".123….......", ".检查…......", "...ab......."])
    }
}
