import FieldbookCore
import FieldbookUI
import TerminalKit

/// Timings of the registry screens as a user drives them, for the benchmarks (docs/performance.md).
/// Each step is one key through the whole app — the screen's database work and a full frame
/// rendered — measured on the database given (e.g. one filled by `fieldbook demo-data`).
public enum ScreenBenchmarks {
    /// Durations of repeated steps, with percentiles.
    public struct Figures: Sendable {
        public var samples: [Duration]
        /// The same steps' CPU time on this thread (`ThreadCPUClock`), in the same order.
        public var cpuSamples: [Duration] = []

        /// The `p`-th percentile (0...100), nearest rank.
        public func percentile(_ p: Double) -> Duration {
            guard !samples.isEmpty else { return .zero }
            let sorted = samples.sorted()
            let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
            return sorted[min(max(0, rank), sorted.count - 1)]
        }
    }

    /// Types each query into the enterprise search one character at a time, timing every
    /// keystroke (search query + re-render); the field is cleared between queries.
    public static func searchKeystrokes(db: AppDatabase, queries: [String], size: Size = Size(width: 120, height: 40),
                                        clock: AppClock = .system) -> Figures {
        var pilot = enterpriseList(db: db, size: size, clock: clock)
        var figures = Figures(samples: [])
        for query in queries {
            let typed = time(query.map { Key.character($0) }, on: &pilot)
            figures.samples += typed.samples
            figures.cpuSamples += typed.cpuSamples
            pilot.press(.ctrl("u"))
        }
        return figures
    }

    /// Pages down through the unfiltered registry `pages` times from the top, timing each PgDn
    /// (window query + re-render).
    public static func pageDowns(db: AppDatabase, pages: Int, size: Size = Size(width: 120, height: 40),
                                 clock: AppClock = .system) -> Figures {
        var pilot = enterpriseList(db: db, size: size, clock: clock)
        return time(Array(repeating: .pageDown, count: pages), on: &pilot)
    }

    /// Jumps to the end of the unfiltered registry (list focused, End) and pages up `pages`
    /// times, timing each PgUp: the windows deepest in the list, where an OFFSET query costs most.
    public static func pageUpsFromEnd(db: AppDatabase, pages: Int, size: Size = Size(width: 120, height: 40),
                                      clock: AppClock = .system) -> Figures {
        var pilot = enterpriseList(db: db, size: size, clock: clock)
        pilot.press(.backTab) // search → list: Home/End belong to the list there
        pilot.press(.end)
        return time(Array(repeating: .pageUp, count: pages), on: &pilot)
    }

    /// Presses each key, timing each press (the screen's work and a full frame).
    private static func time(_ keys: [Key], on pilot: inout Pilot<FieldbookApp>) -> Figures {
        let timer = ContinuousClock()
        var figures = Figures(samples: [])
        for key in keys {
            let start = timer.now
            let cpu = ThreadCPUClock.now()
            pilot.press(key)
            figures.cpuSamples.append(ThreadCPUClock.now() - cpu)
            figures.samples.append(timer.now - start)
        }
        return figures
    }

    private static func enterpriseList(db: AppDatabase, size: Size, clock: AppClock) -> Pilot<FieldbookApp> {
        let env = AppEnvironment(db: db, clock: clock)
        var pilot = Pilot(FieldbookApp(env: env, size: size), size: size, minimumSize: FieldbookApp.minimumSize)
        pilot.press(.character("e"))
        return pilot
    }
}
