import Testing
@testable import TerminalKit

@Suite struct BarChartTests {
    let bars = [Bar("劳动合同", value: 12), Bar("Overtime 加班", value: 4), Bar("社会保险", value: 0), Bar("工资", value: 7.5)]

    func render(_ chart: BarChart, width: Int, height: Int) -> [String] {
        var buffer = Buffer(width: width, height: height)
        chart.render(in: buffer.area, buffer: &buffer)
        return buffer.lines
    }

    func blocks(_ n: Int, _ tail: String = "") -> String { String(repeating: "█", count: n) + tail }

    @Test func labelsAlignByDisplayWidthAndBarsScaleToTheLargest() {
        // Labels 13 columns, bars 22 cells (176 eighths) for 12, values right-aligned in 3.
        #expect(render(BarChart(bars), width: 40, height: 4) == [
            columns((0, "劳动合同"), (14, blocks(22)), (38, "12")),
            columns((0, "Overtime 加班"), (14, blocks(7, "▍")), (39, "4")),
            columns((0, "社会保险"), (39, "0")),
            columns((0, "工资"), (14, blocks(13, "▊")), (37, "7.5")),
        ])
    }

    @Test func narrowChartsCutLabelsWithoutSplittingAWideGlyph() {
        // 20 columns: labels get 6 (a third), so "劳动合同" becomes "劳动…"; the values shown need
        // 2, so bars get 10 cells.
        #expect(render(BarChart(bars), width: 20, height: 3) == [
            columns((0, "劳动…"), (7, blocks(10)), (18, "12")),
            columns((0, "Overt…"), (7, blocks(3, "▍")), (19, "4")),
            columns((0, "社会…"), (19, "0")),
        ])
    }

    @Test func aFixedMaximumAndOwnValueTexts() {
        let chart = BarChart([Bar("高风险", value: 12, valueText: "12 家"), Bar("低", value: 30, valueText: "30 家")], maxValue: 24)
        // 12 of 24 fills half the 13 cells; 30 is capped at the full width.
        #expect(render(chart, width: 26, height: 2) == [
            columns((0, "高风险"), (7, blocks(6, "▌")), (21, "12 家")),
            columns((0, "低"), (7, blocks(13)), (21, "30 家")),
        ])
    }

    @Test func valuesFormatWithoutNoise() {
        #expect(Bar.format(3) == "3")
        #expect(Bar.format(2.25) == "2.3")
        #expect(Bar.format(-1.5) == "-1.5")
        #expect(Bar.format(.infinity) == "–")
    }
}
