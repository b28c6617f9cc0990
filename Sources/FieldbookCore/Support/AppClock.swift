import Foundation

/// The injected source of "now" and of the inspector's time zone (which decides "today").
/// Tests pass a fixed clock; the app passes `.system`.
public struct AppClock: Sendable {
    public var now: @Sendable () -> Date
    public var timeZone: TimeZone

    public init(timeZone: TimeZone = .current, now: @escaping @Sendable () -> Date) {
        self.now = now
        self.timeZone = timeZone
    }

    public static var system: AppClock { AppClock { Date() } }

    /// A clock that always reads `date`.
    public static func fixed(_ date: Date, timeZone: TimeZone = TimeZone(identifier: "Asia/Shanghai")!) -> AppClock {
        AppClock(timeZone: timeZone) { date }
    }

    public func timestamp() -> Timestamp { Timestamp(now()) }
    public func today() -> LocalDate { LocalDate(now(), in: timeZone) }
}
