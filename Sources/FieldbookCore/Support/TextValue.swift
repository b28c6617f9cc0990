import GRDB

/// A value that is stored in SQLite and exchanged in JSON as one text form (`LocalDate`
/// "2024-05-06", `TimeOfDay` "09:30", `Timestamp` "2024-05-06T02:00:00.000Z"). Conforming gives
/// its `Codable` and `DatabaseValueConvertible` conformances, written once here.
public protocol TextValue: Codable, DatabaseValueConvertible {
    /// Parses the text form; nil when it is not one.
    init?(text: String)
    /// The text form, which `init?(text:)` reads back to the same value.
    var text: String { get }
    /// What the text form looks like, for the decoding error ("a YYYY-MM-DD date").
    static var textFormName: String { get }
}

extension TextValue {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(text: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not \(Self.textFormName): \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    public var databaseValue: DatabaseValue { text.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Self? {
        String.fromDatabaseValue(dbValue).flatMap(Self.init(text:))
    }
}
