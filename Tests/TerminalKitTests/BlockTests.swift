import Testing
@testable import TerminalKit

@Suite struct BlockTests {
    @Test func drawsABorderWithATitle() {
        var buffer = Buffer(width: 13, height: 4)
        let block = Block(title: "企业 Info")
        block.render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines == [
            "┌ 企业 Info ┐",
            "│           │",
            "│           │",
            "└───────────┘",
        ])
        #expect(block.inner(buffer.area) == Rect(x: 1, y: 1, width: 11, height: 2))
        var narrow = Buffer(width: 12, height: 2)
        block.render(in: narrow.area, buffer: &narrow)
        #expect(narrow.lines[0] == "┌ 企业 In… ┐")
    }

    @Test func chineseTitlesAreCutByWidthAtOddWidths() {
        for (width, top) in [(11, "┌ 检查记… ┐"), (10, "┌ 检查… ─┐"), (9, "┌ 检查… ┐"), (6, "┌ … ─┐")] {
            var buffer = Buffer(width: width, height: 2)
            Block(title: "检查记录表").render(in: buffer.area, buffer: &buffer)
            #expect(buffer.lines[0] == top, "width \(width)")
            #expect(buffer.lines[0].displayWidth <= width)
        }
    }

    @Test func paddingAndCentredTitles() {
        var buffer = Buffer(width: 14, height: 5)
        let block = Block(title: "风险", titleAlignment: .center, border: .rounded, padding: Insets(left: 1, right: 1))
        block.render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines[0] == "╭─── 风险 ───╮")
        #expect(block.inner(buffer.area) == Rect(x: 2, y: 1, width: 10, height: 3))
    }

    @Test func aBackgroundClearsWhatWasUnderneath() {
        var buffer = Buffer(width: 6, height: 3)
        buffer.fill(buffer.area, with: "x")
        Block(background: .plain).render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines[1] == "│    │")
    }
}
