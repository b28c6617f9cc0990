import FieldbookCore
import GRDB

/// One record of a bundle line in the form its table stores it (text dates and instants, 0/1
/// booleans, JSON text lists), one value per field of `layout`: what the export reads from
/// SQLite and writes out, and what the import parses and inserts, without a model type between.
public struct LineValues: Sendable {
    public let layout: RecordLayout
    package var values: [DatabaseValue]

    package init(layout: RecordLayout, values: [DatabaseValue]) {
        self.layout = layout
        self.values = values
    }

    /// The value of the field `name` (null when the layout has no such field).
    package subscript(name: String) -> DatabaseValue {
        get { layout.index(of: name).map { values[$0] } ?? .null }
        set { if let index = layout.index(of: name) { values[index] = newValue } }
    }

    /// The text of a text field, nil when absent.
    public func text(_ name: String) -> String? { String.fromDatabaseValue(self[name]) }

    package func integer(_ name: String) -> Int? { Int.fromDatabaseValue(self[name]) }

    /// The model value, for the rare paths that compare or describe whole records.
    package func record<R: FetchableRecord>(_ type: R.Type) throws -> R {
        try R(row: Row(Dictionary(uniqueKeysWithValues: zip(layout.fields.map(\.name), values.map { $0 as DatabaseValue? }))))
    }

    /// The line's JSON object (keys in layout order, absent values left out), without newline.
    public func appendJSON(to out: inout [UInt8]) {
        out.append(0x7B)
        var first = true
        for (field, value) in zip(layout.fields, values) {
            if value.isNull, field.optional { continue }
            if !first { out.append(0x2C) }
            first = false
            JSONText.appendString(field.name, to: &out)
            out.append(0x3A)
            Self.appendJSON(value, kind: field.kind, to: &out)
        }
        out.append(0x7D)
    }

    private static func appendJSON(_ value: DatabaseValue, kind: LineField.Kind, to out: inout [UInt8]) {
        switch (kind, value.storage) {
        case (_, .null): out.append(contentsOf: "null".utf8)
        case (.boolean, .int64(let number)): out.append(contentsOf: (number != 0 ? "true" : "false").utf8)
        case (.textList, .string(let json)): JSONText.appendStringArray(Self.list(json), to: &out)
        case (_, .int64(let number)): JSONText.appendInteger(number, to: &out)
        case (_, .double(let number)): JSONText.appendNumber(number, to: &out)
        case (_, .string(let text)): JSONText.appendString(text, to: &out)
        case (_, .blob(let data)): JSONText.appendString(data.base64EncodedString(), to: &out)
        }
    }

    /// Spreadsheet cells for `columns` (names of fields): lists joined with "; ", booleans as
    /// true/false. `CSVWriter` guards the cells a spreadsheet would run; each list element is
    /// guarded here too, since after joining only the first would start the cell.
    public func cells(_ columns: [Int?]) -> [String] {
        columns.map { index in
            guard let index else { return "" }
            let kind = layout.fields[index].kind
            switch (kind, values[index].storage) {
            case (_, .null): return ""
            case (.boolean, .int64(let number)): return number != 0 ? "true" : "false"
            case (.textList, .string(let json)): return Self.list(json).map(CSVWriter.guarded).joined(separator: "; ")
            case (_, .int64(let number)): return String(number)
            case (_, .double(let number)): return CSVWriter.readableNumber(number)
            case (_, .string(let text)): return text
            case (_, .blob(let data)): return data.base64EncodedString()
            }
        }
    }

    /// A stored list column (JSON text) as strings.
    package static func list(_ json: String) -> [String] {
        var json = json
        return json.withUTF8 { bytes in
            var scanner = JSONScanner(bytes)
            guard case let .array(items)? = try? scanner.value() else { return [] }
            return items.compactMap { if case let .string(text) = $0 { text } else { nil } }
        }
    }
}
