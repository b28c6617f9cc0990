/// Text in an area: wrapped by display width (see `WordWrap`: Chinese breaks between any two
/// characters, English at spaces, over-long words inside), or, with `wraps` false, one line per
/// hard line cut with "…". Lines are aligned, and `scroll` visual lines are skipped at the top.
public struct Paragraph: Sendable {
    public var spans: [Span]
    public var alignment: Alignment
    public var wraps: Bool
    /// Visual lines hidden above the area (use `lineCount(width:)` to bound it).
    public var scroll: Int

    public init(_ text: String, style: Style = .plain, alignment: Alignment = .left, wraps: Bool = true, scroll: Int = 0) {
        self.init(spans: [Span(text, style: style)], alignment: alignment, wraps: wraps, scroll: scroll)
    }

    public init(spans: [Span], alignment: Alignment = .left, wraps: Bool = true, scroll: Int = 0) {
        self.spans = spans
        self.alignment = alignment
        self.wraps = wraps
        self.scroll = scroll
    }

    /// How many visual lines the text takes at `width` (for scroll limits and sizing).
    public func lineCount(width: Int) -> Int { layout(width: width).lines.count }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let (characters, styles, lines) = layout(width: area.width)
        let shown = lines.dropFirst(max(0, scroll))
        // More lines than rows: the last row says so with "…" rather than ending mid-sentence.
        let hidesMore = shown.count > area.height
        for (i, var range) in shown.prefix(area.height).enumerated() {
            while range.upperBound > range.lowerBound && characters[range.upperBound - 1] == " " { range = range.dropLast() }
            var lineWidth = 0
            for c in characters[range] { lineWidth += c.displayWidth }
            var ellipsisStyle: Style?
            let lastShown = hidesMore && i == area.height - 1
            if lastShown && lineWidth + 1 > area.width || lineWidth > area.width {
                // Only unwrapped lines (or one glyph wider than the area) get here: cut with "…".
                var used = 0
                var end = range.lowerBound
                while end < range.upperBound && used + characters[end].displayWidth <= area.width - 1 {
                    used += characters[end].displayWidth
                    end += 1
                }
                ellipsisStyle = styles[max(range.lowerBound, end - 1)]
                range = range.lowerBound..<end
                lineWidth = used + 1
            } else if lastShown {
                ellipsisStyle = styles[max(range.lowerBound, range.upperBound - 1)]
                lineWidth += 1
            }
            var x = area.x + alignment.offset(lineWidth: lineWidth, in: area.width)
            let y = area.y + i
            var runStart = range.lowerBound
            while runStart < range.upperBound {
                var runEnd = runStart + 1
                while runEnd < range.upperBound && styles[runEnd] == styles[runStart] { runEnd += 1 }
                x = buffer.write(String(characters[runStart..<runEnd]), at: Point(x: x, y: y), style: styles[runStart], clip: area)
                runStart = runEnd
            }
            if let ellipsisStyle { buffer.write("…", at: Point(x: x, y: y), style: ellipsisStyle, clip: area) }
        }
    }

    /// All characters with their styles, and the visual lines as ranges of them.
    private func layout(width: Int) -> (characters: [Character], styles: [Style], lines: [Range<Int>]) {
        var characters: [Character] = []
        var styles: [Style] = []
        for span in spans {
            for c in span.text {
                characters.append(c)
                styles.append(span.style)
            }
        }
        var lines: [Range<Int>] = []
        var start = 0
        while true {
            let end = characters[start...].firstIndex(where: \.isNewline) ?? characters.count
            if wraps {
                for r in WordWrap.ranges(Array(characters[start..<end]), width: width) {
                    lines.append((r.lowerBound + start)..<(r.upperBound + start))
                }
            } else {
                lines.append(start..<end)
            }
            if end == characters.count { break }
            start = end + 1
        }
        return (characters, styles, lines)
    }
}
