import CursesTerminal
import Foundation

/// One measured figure: a stable key (what tests and scripts look for), what it means, the
/// median and 99th percentile of its samples, and the target it is held to.
struct BenchFigure: Codable, Sendable {
    enum Unit: String, Codable, Sendable { case ms, s, mb = "MB" }

    /// Which statistic a target applies to: a per-frame budget is about the worst case, a
    /// one-off cost about the typical run.
    enum Statistic: String, Codable, Sendable { case median, p99 }

    struct Target: Codable, Sendable {
        var limit: Double
        var statistic: Statistic
    }

    var key: String
    var title: String
    var runs: Int
    var median: Double
    var p99: Double
    var unit: Unit
    var target: Target?
    var note: String = ""

    /// nil when the figure has no target (a reference or a size).
    var met: Bool? {
        guard let target else { return nil }
        return (target.statistic == .median ? median : p99) < target.limit
    }

    var targetText: String {
        guard let target else { return "—" }
        return "\(target.statistic.rawValue) < \(Self.number(target.limit)) \(unit.rawValue)"
    }

    var verdict: String { met.map { $0 ? "met" : "MISSED" } ?? "—" }

    static func number(_ value: Double) -> String {
        value >= 100 ? String(format: "%.0f", value) : value >= 10 ? String(format: "%.1f", value)
            : String(format: "%.2f", value)
    }
}

extension BenchFigure {
    /// A figure from timed samples, in milliseconds.
    init(key: String, title: String, samples: [Duration], target: Target? = nil, note: String = "") {
        let summary = Summary(samples)
        self.init(key: key, title: title, runs: samples.count, median: summary.median.milliseconds,
                  p99: summary.p99.milliseconds, unit: .ms, target: target, note: note)
    }

    /// A figure measured once (median and p99 are the same value).
    init(key: String, title: String, value: Double, unit: Unit, target: Target? = nil, note: String = "") {
        self.init(key: key, title: title, runs: 1, median: value, p99: value, unit: unit, target: target, note: note)
    }
}

extension Duration {
    var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}

/// Times a closure over several runs.
enum Stopwatch {
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = try body()
        return (value, clock.now - start)
    }

    static func samples(runs: Int, _ body: (Int) throws -> Void) rethrows -> [Duration] {
        try (0..<max(1, runs)).map { run in try time { try body(run) }.1 }
    }
}
