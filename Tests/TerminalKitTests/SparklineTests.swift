import Testing
@testable import TerminalKit

@Suite struct SparklineTests {
    func render(_ sparkline: Sparkline, width: Int, height: Int = 1) -> [String] {
        var buffer = Buffer(width: width, height: height)
        sparkline.render(in: buffer.area, buffer: &buffer)
        return buffer.lines
    }

    @Test func eightLevelsFromZeroToTheMaximum() {
        #expect(render(Sparkline([0, 1, 2, 3, 4, 5, 6, 7, 8]), width: 12) == [" ▁▂▃▄▅▆▇█"])
        // A small positive value still shows; a missing one does not.
        #expect(render(Sparkline([100, 0.1, nil, 50]), width: 4) == ["█▁ ▄"])
        #expect(render(Sparkline([3, 3, 3], maxValue: 6), width: 3) == ["▄▄▄"])
        #expect(render(Sparkline([0, 0]), width: 3) == [""])
    }

    @Test func theMostRecentValuesShowWhenThereAreTooMany() {
        let values = (0..<20).map(Double.init)
        #expect(render(Sparkline(values), width: 5) == ["▆▇▇██"])
    }

    @Test func tallerSparklinesStackBlocks() {
        #expect(render(Sparkline([0, 4, 8, 12, 16]), width: 5, height: 2) == ["   ▄█", " ▄███"])
    }
}
