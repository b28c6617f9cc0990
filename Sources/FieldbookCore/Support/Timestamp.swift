import Foundation
import GRDB

/// An instant, stored and exchanged as UTC ISO 8601 text with milliseconds
/// (`2024-05-01T08:30:00.123Z`). The text has a fixed width, so SQL compares it in time order.
/// Dates are cut to whole milliseconds so a value survives a round trip unchanged.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: Date

    public init(_ date: Date) {
        let millis = (date.timeIntervalSince1970 * 1000).rounded(.down)
        self.date = Date(timeIntervalSince1970: millis / 1000)
    }

    /// Parses the stored form; also accepts ISO 8601 without fractional seconds.
    public init?(iso8601 text: String) {
        if let date = try? Date(text, strategy: Self.style) {
            self.init(date)
        } else if let date = try? Date(text, strategy: Date.ISO8601FormatStyle()) {
            self.init(date)
        } else {
            return nil
        }
    }

    public var iso8601: String { date.formatted(Self.style) }
    public var description: String { iso8601 }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.date < rhs.date }

    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}

extension Timestamp: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Timestamp(iso8601: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not an ISO 8601 instant: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }
}

extension Timestamp: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { iso8601.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Timestamp? {
        String.fromDatabaseValue(dbValue).flatMap(Timestamp.init(iso8601:))
    }
}
