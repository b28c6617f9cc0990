import Testing
@testable import TerminalKit

@Suite struct LayoutTests {
    @Test func headerBodyFooter() {
        let rows = Rect(x: 0, y: 0, width: 80, height: 24).rows([.fixed(1), .fill(), .fixed(1)])
        #expect(rows == [Rect(x: 0, y: 0, width: 80, height: 1), Rect(x: 0, y: 1, width: 80, height: 22),
                         Rect(x: 0, y: 23, width: 80, height: 1)])
    }

    @Test func percentagesAndFillWeights() {
        #expect(Layout.split(length: 100, [.percentage(30), .fill()]) == [0..<30, 30..<100])
        #expect(Layout.split(length: 10, [.fill(1), .fill(2)]) == [0..<4, 4..<10])
        #expect(Layout.split(length: 10, [.fill(), .fill(), .fill()]) == [0..<4, 4..<7, 7..<10])
    }

    @Test func minimumsGrowWhenThereIsNoFill() {
        #expect(Layout.split(length: 20, [.fixed(4), .min(5), .min(5)]) == [0..<4, 4..<12, 12..<20])
        #expect(Layout.split(length: 20, [.min(5), .fill()]) == [0..<5, 5..<20])
    }

    @Test func lastPartsGiveWayWhenTooSmall() {
        #expect(Layout.split(length: 5, [.fixed(3), .fixed(3), .fixed(3)]) == [0..<3, 3..<5, 5..<5])
        #expect(Layout.split(length: 0, [.fixed(1), .fill()]) == [0..<0, 0..<0])
    }

    @Test func spacingSeparatesParts() {
        let columns = Rect(x: 2, y: 1, width: 21, height: 5).columns([.fill(), .fill()], spacing: 1)
        #expect(columns == [Rect(x: 2, y: 1, width: 10, height: 5), Rect(x: 13, y: 1, width: 10, height: 5)])
    }

    @Test func insetsAndCentring() {
        let r = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(r.inset(horizontal: 2, vertical: 1) == Rect(x: 2, y: 1, width: 76, height: 22))
        #expect(r.centered(Size(width: 40, height: 9)) == Rect(x: 20, y: 7, width: 40, height: 9))
        #expect(r.centered(Size(width: 100, height: 5)) == Rect(x: 0, y: 9, width: 80, height: 5))
        #expect(Rect(x: 0, y: 0, width: 3, height: 3).inset(by: .all(2)).isEmpty)
        #expect(r.intersection(Rect(x: 70, y: 20, width: 20, height: 20)) == Rect(x: 70, y: 20, width: 10, height: 4))
    }
}
