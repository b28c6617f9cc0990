/// A run of changed columns on one row, as computed by `Buffer.changes(from:)`.
public struct ChangedSpan: Hashable, Sendable {
    public var row: Int
    /// Columns to redraw. Never starts on a continuation cell and never ends inside a wide
    /// glyph, so a backend can draw the leading cells in the range and skip continuations.
    public var columns: Range<Int>

    public init(row: Int, columns: Range<Int>) {
        self.row = row
        self.columns = columns
    }
}

extension Buffer {
    /// The spans of cells that differ from `previous` — what a backend must redraw. If the sizes
    /// differ (or there is no previous frame) every row is one span.
    public func changes(from previous: Buffer?) -> [ChangedSpan] {
        let width = size.width
        guard let previous, previous.size == size else {
            return (0..<size.height).map { ChangedSpan(row: $0, columns: 0..<width) }
        }
        var spans: [ChangedSpan] = []
        cells.withUnsafeBufferPointer { new in
            previous.cells.withUnsafeBufferPointer { old in
                for y in 0..<size.height {
                    let row = y * width
                    var x = 0
                    while x < width {
                        if new[row + x] == old[row + x] {
                            x += 1
                            continue
                        }
                        var start = x
                        if new[row + start].isContinuation && start > 0 { start -= 1 }
                        var end = x + 1
                        while end < width && new[row + end] != old[row + end] { end += 1 }
                        // Include the continuation of a wide glyph that ends the run.
                        if end < width && new[row + end].isContinuation { end += 1 }
                        if let last = spans.last, last.row == y, last.columns.upperBound >= start {
                            spans[spans.count - 1].columns = last.columns.lowerBound..<end
                        } else {
                            spans.append(ChangedSpan(row: y, columns: start..<end))
                        }
                        x = end
                    }
                }
            }
        }
        return spans
    }
}
