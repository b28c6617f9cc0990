import TerminalKit

/// Lays simple text columns across one row: each column is cut with "…" by display width to
/// its share, so Chinese and Latin text line up. For lists too short to need a `Table`.
struct Columns {
    let widths: [Int]

    /// Splits `width` among `constraints`, one space between columns.
    init(width: Int, _ constraints: [Constraint]) {
        widths = Layout.split(length: width, constraints, spacing: 1).map(\.count)
    }

    func render(_ cells: [(String, Style)], at origin: Point, into buffer: inout Buffer) {
        var x = origin.x
        for (index, width) in widths.enumerated() where index < cells.count {
            if width > 0 {
                buffer.write(cells[index].0.truncated(toWidth: width), at: Point(x: x, y: origin.y),
                             style: cells[index].1, maxWidth: width)
            }
            x += width + 1
        }
    }
}
