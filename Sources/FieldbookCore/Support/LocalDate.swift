import Foundation
import GRDB

/// A calendar date in the inspector's local time zone, stored as `YYYY-MM-DD`
/// (a visit happens on a day, not at an instant).
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Refuses impossible dates such as 2023-02-30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= CivilDays.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits). Byte by byte: every list row read from the
    /// database parses its last-visit date, and splitting the string and asking Unicode whether
    /// each character is a number was half of decoding a row of the enterprise list
    /// (docs/performance.md, "Session 8: list tails").
    public init?(_ text: String) {
        var text = text
        guard let parsed = text.withUTF8({ Self.parse($0) }) else { return nil }
        self.init(year: parsed.year, month: parsed.month, day: parsed.day)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let digit = Int(bytes[i]) - Int(UInt8(ascii: "0"))
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return (year, month, day)
    }

    /// The date of `instant` as seen in `timeZone`.
    public init(_ instant: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        self.year = parts.year!
        self.month = parts.month!
        self.day = parts.day!
    }

    public var description: String {
        let y = String(year), m = String(month), d = String(day)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-"
            + (m.count < 2 ? "0" : "") + m + "-" + (d.count < 2 ? "0" : "") + d
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> LocalDate {
        let moved = CivilDays.date(days: CivilDays.days(year: year, month: month, day: day) + days)
        return LocalDate(civil: moved)
    }

    /// A date computed by `CivilDays`, valid by construction.
    private init(civil: (year: Int, month: Int, day: Int)) {
        (year, month, day) = civil
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension LocalDate: TextValue {
    public static let textFormName = "a YYYY-MM-DD date"
    public init?(text: String) { self.init(text) }
    public var text: String { description }
}
