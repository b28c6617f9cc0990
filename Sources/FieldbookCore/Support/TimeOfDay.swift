import GRDB

/// A wall-clock time `HH:MM` (24-hour), the start or end of a visit.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses `HH:MM`; also accepts `H:MM`.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    /// A time as people type it on a form: `9:30`, `09:30`, `9.30`, `9：30` (full-width colon),
    /// or the digits alone, `0930` / `930`. Stored values keep the strict `HH:MM` (`init?(_:)`).
    public init?(typed raw: String) {
        let text = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "：", with: ":")
            .replacingOccurrences(of: ".", with: ":")
        if !text.contains(":") {
            guard (3...4).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            self.init(text.dropLast(2) + ":" + text.suffix(2))
            return
        }
        self.init(text)
    }

    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute)
    }
}

extension TimeOfDay: TextValue {
    public static let textFormName = "an HH:MM time"
    public init?(text: String) { self.init(text) }
    public var text: String { description }
}
