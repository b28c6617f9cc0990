import Testing
@testable import TerminalKit

@Suite struct TabsTests {
    let tabs = Tabs(["概览", "检查 Checklist", "整改", "历史记录"], selected: 1, theme: .monochrome)

    func render(width: Int) -> Buffer {
        var buffer = Buffer(width: width, height: 1)
        tabs.render(in: buffer.area, buffer: &buffer)
        return buffer
    }

    @Test func titlesAreSeparatedAndTheSelectedOneStandsOut() {
        let buffer = render(width: 45)
        #expect(buffer.lines == [" 概览 │ 检查 Checklist │ 整改 │ 历史记录"])
        #expect(buffer[7, 0].style == Theme.monochrome.activeTab)
        #expect(buffer[17, 0].style == Theme.monochrome.activeTab)
        #expect(buffer[0, 0].style == Theme.monochrome.inactiveTab)
    }

    @Test func theLongestTitlesGiveWayFirst() {
        #expect(render(width: 36).lines == [" 概览 │ 检查 Che… │ 整改 │ 历史记录"])
        // Every budget down to 4 columns: a Chinese character that would straddle the "…" goes.
        #expect(render(width: 27).lines == [" 概览 │ 检… │ 整改 │ 历…"])
        for width in 27...45 {
            let ranges = tabs.tabRanges(in: Rect(x: 0, y: 0, width: width, height: 1))
            #expect(ranges.allSatisfy { $0.count >= 3 } && ranges.last!.upperBound <= width, "width \(width)")
        }
    }

    @Test func clicksAndKeysSelectTabs() {
        let area = Rect(x: 0, y: 3, width: 36, height: 1)
        #expect(tabs.tabRanges(in: area) == [0..<6, 7..<18, 19..<25, 26..<36])
        #expect(tabs.index(at: Point(x: 10, y: 3), in: area) == 1)
        #expect(tabs.index(at: Point(x: 6, y: 3), in: area) == nil)
        #expect(tabs.index(at: Point(x: 10, y: 4), in: area) == nil)
        var selected = 1
        do { let result = tabs.handle(.mouse(MouseEvent(.press(.left), at: Point(x: 30, y: 3))), in: area, selected: &selected); #expect(result) }
        #expect(selected == 3)
        do { let result = tabs.handle(.right, in: area, selected: &selected); #expect(result) }
        #expect(selected == 0)
        do { let result = tabs.handle(.left, in: area, selected: &selected); #expect(result) }
        #expect(selected == 3)
        do { let result = tabs.handle(.mouse(MouseEvent(.press(.left), at: Point(x: 30, y: 3))), in: area, selected: &selected); #expect(!result) }
        do { let result = tabs.handle(.enter, in: area, selected: &selected); #expect(!result) }
    }
}
