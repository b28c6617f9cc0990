import FieldbookCore
import GRDB

/// Reads one bundle line into `LineValues`, checking each field as the model's decoder would:
/// required keys present and not null, the right JSON type, enumerations, dates, times and
/// instants valid. Unknown keys are read (they must be valid JSON) and ignored, as before.
public enum JSONLineParser {
    public static func parse(_ line: UnsafeBufferPointer<UInt8>, as layout: RecordLayout) throws -> LineValues {
        var scanner = JSONScanner(line)
        let fields = layout.fields
        var found = [JSONScanned?](repeating: nil, count: fields.count)
        try scanner.object { key, scanner in
            if let index = layout.index(of: key) {
                found[index] = try scanner.value()
            } else {
                _ = try scanner.value()
            }
        }
        try scanner.end()
        var values: [DatabaseValue] = []
        values.reserveCapacity(fields.count)
        for (field, value) in zip(fields, found) {
            values.append(try convert(value ?? .null, field, missing: value == nil))
        }
        return LineValues(layout: layout, values: values)
    }

    /// Parses `line` (convenience for tests and small inputs).
    public static func parse(_ line: [UInt8], as layout: RecordLayout) throws -> LineValues {
        try line.withUnsafeBufferPointer { try parse($0, as: layout) }
    }

    private static func convert(_ value: JSONScanned, _ field: LineField, missing: Bool) throws -> DatabaseValue {
        func wrong(_ expected: String) -> LineProblem { LineProblem(detail: "\(field.name): expected \(expected)") }
        if case .null = value {
            if let absent = field.absentValue { return absent.databaseValue }
            guard field.optional else {
                throw LineProblem(detail: missing ? "missing \(field.name)" : "\(field.name): may not be null")
            }
            return .null
        }
        switch field.kind {
        case .text:
            guard case let .string(text) = value else { throw wrong("a string") }
            return text.databaseValue
        case let .choice(allowed):
            guard case let .string(text) = value else { throw wrong("a string") }
            if let renamed = field.legacyValues[text] { return renamed.databaseValue }
            guard allowed.contains(text) else {
                throw LineProblem(detail: "\(field.name): \"\(text)\" is not one of \(allowed.joined(separator: ", "))")
            }
            return text.databaseValue
        case .date:
            guard case let .string(text) = value else { throw wrong("a string") }
            guard LocalDate(text) != nil else { throw LineProblem(detail: "\(field.name): not a YYYY-MM-DD date: \(text)") }
            return text.databaseValue
        case .time:
            guard case let .string(text) = value else { throw wrong("a string") }
            guard let time = TimeOfDay(text) else { throw LineProblem(detail: "\(field.name): not an HH:MM time: \(text)") }
            return time.description.databaseValue
        case .timestamp:
            guard case let .string(text) = value else { throw wrong("a string") }
            guard let canonical = Timestamp.canonicalText(text) else {
                throw LineProblem(detail: "\(field.name): not an ISO 8601 instant: \(text)")
            }
            return canonical.databaseValue
        case .integer:
            guard case let .number(text, integral) = value, integral else { throw wrong("an integer") }
            guard let number = Int64(text) else { throw LineProblem(detail: "\(field.name): \(text) is out of range") }
            return number.databaseValue
        case .number:
            guard case let .number(text, _) = value, let number = Double(text), number.isFinite else { throw wrong("a number") }
            return number.databaseValue
        case .boolean:
            guard case let .bool(flag) = value else { throw wrong("true or false") }
            return flag.databaseValue
        case .textList:
            guard case let .array(items) = value else { throw wrong("an array of strings") }
            var texts: [String] = []
            for item in items {
                guard case let .string(text) = item else { throw wrong("an array of strings") }
                texts.append(text)
            }
            var json: [UInt8] = []
            JSONText.appendStringArray(texts, to: &json)
            return String(decoding: json, as: UTF8.self).databaseValue
        }
    }
}
