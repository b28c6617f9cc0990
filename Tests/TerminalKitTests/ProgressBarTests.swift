import Testing
@testable import TerminalKit

@Suite struct ProgressBarTests {
    func render(_ bar: ProgressBar, width: Int) -> String {
        var buffer = Buffer(width: width, height: 1)
        bar.render(in: buffer.area, buffer: &buffer)
        return buffer.lines[0]
    }

    func repeated(_ c: Character, _ n: Int) -> String { String(repeating: c, count: n) }

    @Test func determinateBarsFillByEighthsAndShowThePercentage() {
        // 30 columns: "导出 " (5), 20 cells of bar, " " + right-aligned percentage in 5.
        #expect(render(ProgressBar(.determinate(0.5), label: "导出"), width: 30) == "导出 " + repeated("█", 10) + repeated("░", 10) + "  50%")
        #expect(render(ProgressBar(.determinate(0.33), label: "导出"), width: 30) == "导出 " + repeated("█", 6) + "▌" + repeated("░", 13) + "  33%")
        #expect(render(ProgressBar(.determinate(1), label: "导出"), width: 30) == "导出 " + repeated("█", 20) + " 100%")
        #expect(render(ProgressBar(.determinate(0), label: "导出"), width: 30) == "导出 " + repeated("░", 20) + "   0%")
        #expect(render(ProgressBar(.determinate(0.29)), width: 10) == repeated("█", 1) + "▍" + repeated("░", 3) + "  29%")
        #expect(render(ProgressBar(.determinate(.nan)), width: 10) == repeated("░", 5) + "   0%")
        #expect(render(ProgressBar(.determinate(7)), width: 10) == repeated("█", 5) + " 100%")
    }

    @Test func aLongLabelGetsAThirdOfTheWidth() {
        #expect(render(ProgressBar(.determinate(0.5), label: "正在导出检查记录"), width: 21) == "正在导… " + repeated("█", 4) + repeated("░", 4) + "  50%")
    }

    @Test func indeterminateBarsBounceOneStepPerTick() {
        func frame(_ tick: Int) -> String { render(ProgressBar(.indeterminate(tick: tick)), width: 12) }
        #expect(frame(0) == repeated("█", 3) + repeated("░", 9))
        #expect(frame(4) == repeated("░", 4) + repeated("█", 3) + repeated("░", 5))
        #expect(frame(9) == repeated("░", 9) + repeated("█", 3))
        #expect(frame(10) == repeated("░", 8) + repeated("█", 3) + "░")
        #expect(frame(18) == frame(0))
        #expect(frame(-1) == frame(1))
    }
}
