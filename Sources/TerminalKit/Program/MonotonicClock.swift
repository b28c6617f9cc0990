/// Monotonic time for timers (how long a notice stays up), as a duration since an arbitrary start.
/// Injected so tests move time by hand instead of waiting.
public protocol MonotonicClock {
    func now() -> Duration
}

/// The real clock: time elapsed since this value was created.
public struct SystemMonotonicClock: MonotonicClock, Sendable {
    private let start = ContinuousClock.now

    public init() {}

    public func now() -> Duration { ContinuousClock.now - start }
}

/// A clock that only moves when told to; for tests (the program loop is single-threaded).
public final class ManualClock: MonotonicClock {
    private var current: Duration

    public init(_ start: Duration = .zero) { current = start }

    public func now() -> Duration { current }

    public func advance(by duration: Duration) { current += duration }
}
