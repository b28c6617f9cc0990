/// An RFC 4180 reader: comma-separated fields, double-quoted fields that may hold commas, line
/// breaks and doubled quotes (`""`), records ended by CRLF, LF or a lone CR. Blank lines are
/// skipped, because spreadsheets often leave them at the end of an export.
///
/// It walks Unicode scalars, not `Character`s: in Swift "\r\n" is a single `Character`, and
/// scalars are also much faster over a 100,000-row registry.
public enum CSVParser {
    public static func parse(_ text: String) throws(CSVSyntaxError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 0
        var afterClosingQuote = false
        var previousWasCR = false

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            afterClosingQuote = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields = []
        }

        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? scalars.next() {
            pending = nil
            // "\r\n" counts as one line break.
            if c == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = c == "\r"
            let isNewline = c == "\n" || c == "\r"
            if isNewline { line += 1 }

            if inQuotes {
                if isNewline {
                    field.append("\n")  // line breaks inside a field are stored as LF
                } else if c == "\"" {
                    let next = scalars.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        inQuotes = false
                        afterClosingQuote = true
                        pending = next
                    }
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case ",":
                endField()
            case "\n", "\r":
                endRecord()
                recordLine = line
            case "\"" where field.isEmpty && !afterClosingQuote:
                inQuotes = true
                quoteLine = line
            default:
                if afterClosingQuote { throw .textAfterClosingQuote(line: line) }
                field.append(c)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: quoteLine) }
        endRecord()
        return records
    }
}

/// A CSV file that cannot be read as records at all (as opposed to a record with bad values).
public enum CSVSyntaxError: Error, Equatable, Sendable {
    /// A quoted field opened on `line` never closes.
    case unterminatedQuote(line: Int)
    /// Something other than a comma or line break follows a closing quote.
    case textAfterClosingQuote(line: Int)
}
