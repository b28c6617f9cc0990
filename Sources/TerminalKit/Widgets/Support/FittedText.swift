/// Text cut to a width the way `truncated(toWidth:)` cuts it, measured in a single pass that stops
/// at the width — cell text in tables and lists is drawn every frame, so it must not measure a
/// long string whole, nor walk it twice.
struct FittedText {
    /// The part of the text that is drawn (without the ellipsis).
    var text: Substring
    /// Columns taken, the ellipsis included.
    var width: Int
    var isTruncated: Bool
    /// Printable ASCII only: every byte is one column.
    var isASCII = false

    init<S: StringProtocol>(_ source: S, width limit: Int) where S.SubSequence == Substring {
        guard limit > 0 else {
            self.init(text: source[source.startIndex..<source.startIndex], width: 0, isTruncated: !source.isEmpty)
            return
        }
        // Printable ASCII (codes, dates, numbers): one column per byte, no grapheme walk.
        let utf8 = source.utf8
        if utf8.count <= limit * 4, utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            let count = utf8.count
            if count <= limit {
                self.init(text: source[...], width: count, isTruncated: false)
            } else {
                let end = utf8.index(source.startIndex, offsetBy: limit - 1)
                self.init(text: source[source.startIndex..<end], width: limit, isTruncated: true)
            }
            isASCII = true
            return
        }
        var total = 0
        var bytes = 0
        var fitBytes = 0  // the prefix that leaves a column for "…"
        var fitWidth = 0
        for character in source {
            total += character.displayWidth
            if total > limit {
                let end = source.utf8.index(source.startIndex, offsetBy: fitBytes)
                self.init(text: source[source.startIndex..<end], width: fitWidth + 1, isTruncated: true)
                return
            }
            bytes += character.utf8.count
            if total <= limit - 1 {
                fitBytes = bytes
                fitWidth = total
            }
        }
        self.init(text: source[...], width: total, isTruncated: false)
    }

    private init(text: Substring, width: Int, isTruncated: Bool) {
        self.text = text
        self.width = width
        self.isTruncated = isTruncated
    }
}

extension Buffer {
    /// Writes `text` cut to `width` columns with "…" (by display width), aligned within those
    /// columns from `origin`, clipped to `clip`. Returns the column after the last glyph.
    @discardableResult
    mutating func write(_ text: String, fitting width: Int, at origin: Point, alignment: Alignment = .left,
                        style: Style, clip: Rect? = nil) -> Int {
        let fitted = FittedText(text, width: width)
        let x = origin.x + alignment.offset(lineWidth: fitted.width, in: width)
        var end: Int
        if fitted.isASCII {
            // One cell per byte, straight into the buffer (put still keeps the wide-glyph invariant).
            var bounds = area
            if let clip { bounds = bounds.intersection(clip) }
            end = x
            guard origin.y >= bounds.y, origin.y < bounds.bottom else { return x }
            for byte in fitted.text.utf8 {
                if end >= bounds.x && end < bounds.right {
                    put(Cell(Character(Unicode.Scalar(byte)), width: 1, style: style), x: end, y: origin.y)
                }
                end += 1
            }
        } else {
            end = write(fitted.text, at: Point(x: x, y: origin.y), style: style, maxWidth: width, clip: clip)
        }
        if fitted.isTruncated { end = write("…", at: Point(x: end, y: origin.y), style: style, clip: clip) }
        return end
    }
}
