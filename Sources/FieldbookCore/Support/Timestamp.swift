import Foundation
import GRDB

/// An instant, stored and exchanged as UTC ISO 8601 text with milliseconds
/// (`2024-05-01T08:30:00.123Z`). The text has a fixed width, so SQL compares it in time order.
/// Dates are cut to whole milliseconds so a value survives a round trip unchanged.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: Date

    public init(_ date: Date) {
        self.date = Date(timeIntervalSince1970: Double(Self.wholeMillis(date)) / 1000)
    }

    /// Parses the stored form; also accepts ISO 8601 without fractional seconds.
    public init?(iso8601 text: String) {
        if let millis = Self.parseStored(text) {
            self.init(Date(timeIntervalSince1970: Double(millis) / 1000))
        } else if Self.hasStoredShape(text) {
            return nil // an impossible date in the stored form: Foundation would roll 02-30 over to March
        } else if let date = try? Date(text, strategy: Self.style) {
            self.init(date)
        } else if let date = try? Date(text, strategy: Date.ISO8601FormatStyle()) {
            self.init(date)
        } else {
            return nil
        }
    }

    public var iso8601: String { Self.formatStored(millis) ?? date.formatted(Self.style) }

    /// Milliseconds since 1970 (the stored precision).
    var millis: Int64 { Self.wholeMillis(date) }

    /// Whole milliseconds, rounded down, except that a value already on a millisecond (which
    /// `ms / 1000` in binary floating point misses by a hair either way) keeps its millisecond.
    private static func wholeMillis(_ date: Date) -> Int64 {
        let exact = date.timeIntervalSince1970 * 1000
        let nearest = exact.rounded()
        return Int64(abs(exact - nearest) < 0.001 ? nearest : exact.rounded(.down))
    }
    public var description: String { iso8601 }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.date < rhs.date }

    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}

/// The stored form `YYYY-MM-DDTHH:MM:SS.mmmZ` by hand: Foundation's ISO 8601 style costs
/// microseconds per value on Linux, and every listed or exported record carries timestamps.
/// Other forms (and years outside 1000–9999) go through Foundation.
extension Timestamp {
    static func formatStored(_ millis: Int64) -> String? {
        let msPerDay: Int64 = 86_400_000
        let days = millis >= 0 ? millis / msPerDay : (millis - msPerDay + 1) / msPerDay
        let ofDay = Int(millis - days * msPerDay)
        let (year, month, day) = CivilDays.date(days: Int(days))
        guard (1000...9999).contains(year) else { return nil }
        var bytes = [UInt8](repeating: 0, count: 24)
        func put(_ value: Int, _ width: Int, at offset: Int) {
            var v = value
            for i in stride(from: offset + width - 1, through: offset, by: -1) {
                bytes[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            }
        }
        put(year, 4, at: 0); bytes[4] = UInt8(ascii: "-")
        put(month, 2, at: 5); bytes[7] = UInt8(ascii: "-")
        put(day, 2, at: 8); bytes[10] = UInt8(ascii: "T")
        put(ofDay / 3_600_000, 2, at: 11); bytes[13] = UInt8(ascii: ":")
        put(ofDay / 60_000 % 60, 2, at: 14); bytes[16] = UInt8(ascii: ":")
        put(ofDay / 1000 % 60, 2, at: 17); bytes[19] = UInt8(ascii: ".")
        put(ofDay % 1000, 3, at: 20); bytes[23] = UInt8(ascii: "Z")
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `text` is laid out like the stored form (whatever its digits say).
    static func hasStoredShape(_ text: String) -> Bool {
        let b = Array(text.utf8)
        return b.count == 24 && b[4] == UInt8(ascii: "-") && b[7] == UInt8(ascii: "-") && b[10] == UInt8(ascii: "T")
            && b[19] == UInt8(ascii: ".") && b[23] == UInt8(ascii: "Z")
    }

    /// `text` in the stored form: as it is when it already is (checked without Foundation: every
    /// bundle line carries instants), else parsed as any ISO 8601 instant and re-formatted; nil
    /// when it is no instant.
    package static func canonicalText(_ text: String) -> String? {
        if parseStored(text) != nil { return text }
        return Timestamp(iso8601: text)?.iso8601
    }

    /// Milliseconds since 1970 of exactly the stored form, or nil for anything else.
    static func parseStored(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { b -> Int64? in
            guard b.count == 24, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
                  b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "."),
                  b[23] == UInt8(ascii: "Z") else { return nil }
            func number(_ offset: Int, _ width: Int) -> Int? {
                var value = 0
                for i in offset..<(offset + width) {
                    let digit = Int(b[i]) - Int(UInt8(ascii: "0"))
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
                  let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
                  let ms = number(20, 3), year >= 1000, (1...12).contains(month),
                  (1...CivilDays.daysIn(month: month, year: year)).contains(day),
                  hour < 24, minute < 60, second < 60 else { return nil }
            let days = Int64(CivilDays.days(year: year, month: month, day: day))
            return days * 86_400_000 + Int64(hour * 3_600_000 + minute * 60_000 + second * 1000 + ms)
        }
    }
}

extension Timestamp: TextValue {
    public static let textFormName = "an ISO 8601 instant"
    public init?(text: String) { self.init(iso8601: text) }
    public var text: String { iso8601 }
}
