import CNCursesW
import Foundation
import Glibc
import TerminalKit

/// Measures rendering a full screen of mixed Chinese/English text into a `Buffer` and presenting
/// it through ncurses to a real (pseudo) terminal, headless. A reader thread drains the pty and
/// counts the bytes ncurses writes, so the byte figures are what a terminal would receive.
public struct RenderBenchmark {
    public var size: Size
    public var frames: Int
    /// ncurses draws the frames instead of `FrameWriter` (its fallback), for comparison.
    public var drawsThroughCurses: Bool

    public init(size: Size = Size(width: 200, height: 60), frames: Int = 500, drawsThroughCurses: Bool = false) {
        self.size = size
        self.frames = max(1, frames)
        self.drawsThroughCurses = drawsThroughCurses
    }

    public func run() throws -> RenderBenchmarkReport {
        let pty = try PseudoTerminal(size: size)
        defer { pty.close() }
        let terminal = try CursesTerminal.headless(on: pty, drawsThroughCurses: drawsThroughCurses)
        defer { terminal.close() }
        var warmup = Buffer(size: size)
        BenchmarkScreen.render(into: &warmup, variant: 1)
        try terminal.present(warmup, cursor: nil, fullRepaint: true)

        let full = try measure("full screen, every cell changed", terminal: terminal, pty: pty) { frame, buffer in
            BenchmarkScreen.render(into: &buffer, variant: frame % 2)
        }
        let oneCell = try measure("full render, one cell changed", terminal: terminal, pty: pty) { frame, buffer in
            BenchmarkScreen.render(into: &buffer, variant: 0)
            buffer.write(frame % 2 == 0 ? "中" : "文", at: Point(x: size.width / 2, y: size.height / 2))
        }
        return RenderBenchmarkReport(size: size, frames: frames, cases: [full, oneCell])
    }

    private func measure(_ name: String, terminal: CursesTerminal, pty: PseudoTerminal,
                         render: (Int, inout Buffer) -> Void) throws -> RenderBenchmarkReport.Case {
        // One frame first, uncounted, so the case starts from its own screen, not the last case's.
        var first = Buffer(size: size)
        render(frames - 1, &first)
        try terminal.present(first, cursor: nil, fullRepaint: false)
        let clock = ContinuousClock()
        var renderTimes: [Duration] = []
        var presentTimes: [Duration] = []
        var cpuTimes: [Duration] = []
        let bytesBefore = pty.drainedByteCount()
        for frame in 0..<frames {
            let cpuStart = Self.threadCPUTime()
            let start = clock.now
            var buffer = Buffer(size: size)
            render(frame, &buffer)
            let rendered = clock.now
            try terminal.present(buffer, cursor: nil, fullRepaint: false)
            let presented = clock.now
            cpuTimes.append(Self.threadCPUTime() - cpuStart)
            renderTimes.append(rendered - start)
            presentTimes.append(presented - rendered)
        }
        let bytes = pty.drainedByteCount() - bytesBefore
        let totals = zip(renderTimes, presentTimes).map { $0 + $1 }
        return RenderBenchmarkReport.Case(
            name: name, render: Summary(renderTimes), present: Summary(presentTimes), total: Summary(totals),
            cpu: Summary(cpuTimes), bytesPerFrame: Double(bytes) / Double(frames))
    }

    /// CPU time this thread has used: unlike wall time it does not count waiting for a core, so
    /// it stays meaningful on a busy machine.
    static func threadCPUTime() -> Duration {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
    }
}

/// Median and 99th percentile of a set of durations.
public struct Summary: Sendable {
    public let median: Duration
    public let p99: Duration

    public init(_ samples: [Duration]) {
        let sorted = samples.sorted()
        median = sorted[sorted.count / 2]
        p99 = sorted[max(0, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
    }
}

/// The figures of one run, printable as a small table.
public struct RenderBenchmarkReport: Sendable, CustomStringConvertible {
    public struct Case: Sendable {
        public let name: String
        public let render: Summary
        public let present: Summary
        public let total: Summary
        /// CPU time of render + present on this thread (the pty reader thread not included).
        public let cpu: Summary
        public let bytesPerFrame: Double
    }

    public let size: Size
    public let frames: Int
    public let cases: [Case]

    public var description: String {
        var lines = ["Rendering \(size.width)×\(size.height), mixed Chinese/English, \(frames) frames per case (ms: median / p99)"]
        for c in cases {
            lines.append("  \(c.name)")
            lines.append("    render  \(Self.ms(c.render.median)) / \(Self.ms(c.render.p99))")
            lines.append("    present \(Self.ms(c.present.median)) / \(Self.ms(c.present.p99))")
            lines.append("    total   \(Self.ms(c.total.median)) / \(Self.ms(c.total.p99))")
            lines.append("    CPU     \(Self.ms(c.cpu.median)) / \(Self.ms(c.cpu.p99))  (render + present, this thread)")
            lines.append("    bytes written per frame \(String(format: "%.1f", c.bytesPerFrame))")
        }
        return lines.joined(separator: "\n")
    }

    static func ms(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.3f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
}
