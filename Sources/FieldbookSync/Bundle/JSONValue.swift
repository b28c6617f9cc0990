/// Any JSON value, decoded without losing the difference between `true` and `1`
/// (used to turn JSON lines into CSV cells).
enum JSONValue: Decodable {
    case null, bool(Bool), integer(Int64), number(Double), string(String), array([JSONValue]), object

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int64.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object }
    }

    var cell: String {
        switch self {
        case .null, .object: return ""
        case let .bool(value): return value ? "true" : "false"
        case let .integer(value): return String(value)
        case let .number(value): return String(value)
        case let .array(values): return values.map(\.cell).joined(separator: "; ")
        case let .string(text):
            guard let first = text.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) else { return text }
            return "'" + text
        }
    }
}
