/// The shape of a figure's slow end, for the notes of the figures whose target is a p99 (a page
/// turn, a jump): with a few hundred samples the p99 is the second or third slowest, so which runs
/// were slow says whether the tail is the work itself or a first touch (a cold cache).
struct SampleTail {
    let samples: [Duration]

    /// "p90 0.41 · p95 0.52 · p99 1.10 · max 2.30 ms; slowest runs #0 2.30, #101 2.10, #57 1.90".
    var description: String {
        guard !samples.isEmpty else { return "" }
        let sorted = samples.sorted()
        func at(_ fraction: Double) -> Double {
            sorted[min(sorted.count - 1, max(0, Int((Double(sorted.count) * fraction).rounded(.up)) - 1))].milliseconds
        }
        let slowest = samples.enumerated().sorted { $0.element > $1.element }.prefix(3)
            .map { "#\($0.offset) " + BenchFigure.number($0.element.milliseconds) }
        return "p90 \(BenchFigure.number(at(0.9))) · p95 \(BenchFigure.number(at(0.95))) · p99 \(BenchFigure.number(at(0.99))) · max "
            + "\(BenchFigure.number(sorted.last!.milliseconds)) ms; slowest runs " + slowest.joined(separator: ", ")
    }
}
