/// A plain-text table for the terminal: columns padded to the widest cell by *display width*
/// (a Chinese character takes two columns), separated by two spaces, with a rule under the header.
struct TextTable {
    var headers: [String]
    var rows: [[String]]
    /// Columns whose cells are numbers, aligned to the right.
    var numericColumns: Set<Int> = []
    /// The width a terminal gives a string (TerminalKit's `displayWidth`).
    var width: (String) -> Int

    func render() -> String {
        let cells = [headers] + rows.map { $0.map(Self.oneLine) }
        var widths = Array(repeating: 0, count: headers.count)
        for row in cells {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], width(cell))
            }
        }
        var lines = [line(headers, widths)]
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        lines += cells.dropFirst().map { line($0, widths) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ row: [String], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (i, columnWidth) in widths.enumerated() {
            let cell = i < row.count ? row[i] : ""
            let padding = String(repeating: " ", count: max(0, columnWidth - width(cell)))
            parts.append(numericColumns.contains(i) ? padding + cell : cell + padding)
        }
        let text = parts.joined(separator: "  ")
        return String(text.reversed().drop(while: { $0 == " " }).reversed())
    }

    /// A cell with a line break (an address typed over two lines) would break the table.
    private static func oneLine(_ text: String) -> String {
        text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).joined(separator: " ")
    }
}
