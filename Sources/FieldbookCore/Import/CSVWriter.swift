import Foundation

/// The one writer of every CSV Fieldbook produces (`list --format csv`, `hq report --format csv`,
/// the `csv/` copies in bundles): RFC 4180 — fields holding a comma, quote or line break are
/// quoted, quotes doubled, records ended by CRLF (what spreadsheets expect) — and no cell a
/// spreadsheet would run.
///
/// Excel, WPS and LibreOffice treat a cell starting with `=`, `+`, `-` or `@` as a formula (and a
/// leading tab or CR can hide such a start), so a registry name like `=HYPERLINK(…)` typed in the
/// field could act on the machine of whoever opens the export. Such a cell is written behind an
/// apostrophe, which spreadsheets show as text and hide. A plain number (`-3`, `+1.5`) cannot run
/// and keeps its sign as it is.
public enum CSVWriter {
    /// The UTF-8 byte-order mark that makes Excel read the file as UTF-8 (and show Chinese).
    public static let byteOrderMark = "\u{FEFF}"

    public static func line(_ fields: [String]) -> String {
        fields.map { quoted(guarded($0)) }.joined(separator: ",") + "\r\n"
    }

    /// A whole file: the byte-order mark, the header line, then the rows.
    public static func document(header: [String], rows: [[String]]) -> String {
        var text = byteOrderMark + line(header)
        for row in rows { text += line(row) }
        return text
    }

    /// A measured number (a score) as people read it in a spreadsheet: one decimal
    /// (16.666666666666668 → "16.7"), whole numbers without one ("17"). The JSON lines keep the
    /// exact value; only the CSV copy, which people read, is rounded.
    public static func readableNumber(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let tenths = (value * 10).rounded()
        if tenths.truncatingRemainder(dividingBy: 10) == 0, abs(tenths) < 1e15 {
            return String(Int64(tenths / 10))
        }
        return String(tenths / 10)
    }

    /// `field` as a spreadsheet will show it rather than run it.
    public static func guarded(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
              !isPlainNumber(field) else { return field }
        return "'" + field
    }

    static func quoted(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// An optional sign, digits, and optionally a point and more digits: nothing a formula needs.
    private static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars
        if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
        let parts = String(scalars).split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty else { return false }
        let digits: (Substring) -> Bool = { !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
        return digits(whole) && (parts.count == 1 || digits(parts[1]))
    }
}
