/// A grid of cells that widgets draw into and backends present.
///
/// Invariants kept by every mutating method: a wide glyph's leading cell is always followed by its
/// continuation cell, and a continuation cell always follows a leading cell — writing over either
/// half of a wide glyph turns the other half into a space, so no stale half-glyph remains.
public struct Buffer: Sendable, Equatable {
    public private(set) var size: Size
    /// Row-major, `size.width * size.height` cells.
    public private(set) var cells: [Cell]
    /// Where the backend should put the real terminal cursor (a text field's insertion point),
    /// or nil to hide it. The last widget that asks wins.
    public var cursor: Point?

    public init(size: Size, style: Style = .plain) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.cells = Array(repeating: .blank(style), count: self.size.width * self.size.height)
    }

    public init(width: Int, height: Int) { self.init(size: Size(width: width, height: height)) }

    /// The whole buffer as a rectangle at (0, 0).
    public var area: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    public subscript(point: Point) -> Cell { self[point.x, point.y] }

    // MARK: Writing

    /// Writes `text` on row `point.y` from column `point.x`, by display width, and returns the
    /// column after the last glyph written.
    ///
    /// Writing stops at the buffer's right edge, at `point.x + maxWidth`, and at the right edge of
    /// `clip`. Text that does not fit is never cut silently: the last column then shows "…" (in
    /// the text's style), unless `ellipsis` is false (a text field scrolling its line; spans a
    /// caller fits itself); without the ellipsis a wide glyph that would straddle the limit is
    /// replaced by a space. Glyphs left of `clip` (or of column 0) are skipped. The text is drawn
    /// as `GlyphScanner` reads it: control characters never reach a cell, zero-width marks join
    /// the cell before them.
    @discardableResult
    public mutating func write<S: StringProtocol>(_ text: S, at point: Point, style: Style = .plain,
                                                  maxWidth: Int? = nil, clip: Rect? = nil,
                                                  ellipsis: Bool = true) -> Int {
        let y = point.y
        var bounds = area
        if let clip { bounds = bounds.intersection(clip) }
        guard y >= bounds.y, y < bounds.bottom else { return point.x }
        var limit = bounds.right
        if let maxWidth { limit = min(limit, point.x + max(0, maxWidth)) }
        var x = point.x
        var cut = false
        for glyph in text.glyphs {
            if x >= limit { cut = true; break }
            let width = glyph.width
            if x + width > limit {
                if x >= bounds.x { put(Cell.blank(style), x: x, y: y) }
                x += 1
                cut = true
                break
            }
            if x < bounds.x {
                // A wide glyph cut by the left clip edge leaves a space in its visible half.
                if x + width > bounds.x { put(Cell.blank(style), x: bounds.x, y: y) }
                x += width
                continue
            }
            put(Cell(glyph, style: style), x: x, y: y)
            x += width
        }
        if cut && ellipsis && limit - 1 >= max(point.x, bounds.x) {
            // Over the second half of a wide glyph, the "…" takes the glyph's place (打开 → 打… ).
            var at = limit - 1
            if self[at, y].isContinuation && at - 1 >= max(point.x, bounds.x) { at -= 1 }
            put(Cell("…", width: 1, style: style), x: at, y: y)
            return limit
        }
        return x
    }

    /// Stores one cell (a narrow glyph, or the leading cell of a wide one followed by its
    /// continuation), first erasing any wide glyph it overlaps. Out-of-bounds cells are ignored.
    public mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard y >= 0, y < size.height, x >= 0, x < size.width, !cell.isContinuation else { return }
        if cell.width == 2 && x + 1 >= size.width {
            put(Cell.blank(cell.style), x: x, y: y)
            return
        }
        let row = y * size.width
        eraseWideGlyph(overlapping: x, row: row)
        if cell.width == 2 {
            eraseWideGlyph(overlapping: x + 1, row: row)
            cells[row + x] = cell
            cells[row + x + 1] = .continuation(cell.style)
        } else {
            cells[row + x] = cell
        }
    }

    /// If column `x` is either half of a wide glyph, turns both halves into spaces.
    private mutating func eraseWideGlyph(overlapping x: Int, row: Int) {
        let cell = cells[row + x]
        if cell.isContinuation {
            if x > 0 { cells[row + x - 1] = .blank(cells[row + x - 1].style) }
            cells[row + x] = .blank(cell.style)
        } else if cell.width == 2 {
            if x + 1 < size.width { cells[row + x + 1] = .blank(cells[row + x + 1].style) }
            cells[row + x] = .blank(cell.style)
        }
    }

    /// Fills `rect` (clipped to the buffer) with `character` in `style`. A wide glyph partly
    /// outside `rect` is erased whole.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        var glyphs = character.glyphs
        let glyph = glyphs.next() ?? Glyph(base: " ", marks: CombiningMarks(), width: 1)
        for y in r.y..<r.bottom {
            if glyph.width == 1 {
                let row = y * size.width
                eraseWideGlyph(overlapping: r.x, row: row)
                eraseWideGlyph(overlapping: r.right - 1, row: row)
                let cell = Cell(glyph, style: style)
                for x in r.x..<r.right { cells[row + x] = cell }
            } else {
                var x = r.x
                while x < r.right {
                    put(x + 2 <= r.right ? Cell(glyph, style: style) : .blank(style), x: x, y: y)
                    x += 2
                }
            }
        }
    }

    /// Blanks `rect` with spaces in `style`.
    public mutating func clear(_ rect: Rect, style: Style = .plain) { fill(rect, style: style) }

    /// Blanks the whole buffer and forgets the cursor request.
    public mutating func clear(style: Style = .plain) {
        for i in cells.indices { cells[i] = .blank(style) }
        cursor = nil
    }

    /// Replaces the style of every cell in `rect`, keeping the glyphs.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        forEachCell(in: rect) { $0.style = style }
    }

    /// Draws `overlay` over the style of every cell in `rect` (see `Style.patched(with:)`), e.g.
    /// the reverse video of a selected row over text that has its own colours.
    public mutating func patchStyle(_ overlay: Style, in rect: Rect) {
        forEachCell(in: rect) { $0.style = $0.style.patched(with: overlay) }
    }

    private mutating func forEachCell(in rect: Rect, _ body: (inout Cell) -> Void) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.bottom {
            let row = y * size.width
            for x in r.x..<r.right { body(&cells[row + x]) }
        }
    }

    /// Resizes to `newSize`, blank (contents are redrawn every frame anyway).
    public mutating func resize(to newSize: Size, style: Style = .plain) {
        self = Buffer(size: newSize, style: style)
    }

    // MARK: Reading

    /// The text of each row, continuation cells skipped and trailing spaces trimmed — for
    /// snapshot tests. `paddedLines` keeps the trailing spaces.
    public var lines: [String] {
        paddedLines.map { line in
            var s = Substring(line)
            while s.last == " " { s.removeLast() }
            return String(s)
        }
    }

    /// The text of each row with every column present (continuation cells skipped).
    public var paddedLines: [String] {
        (0..<size.height).map { y in
            var line = ""
            let row = y * size.width
            for x in 0..<size.width where !cells[row + x].isContinuation {
                let cell = cells[row + x]
                line.unicodeScalars.append(cell.base)
                if !cell.marks.isEmpty { line.unicodeScalars.append(contentsOf: cell.marks) }
            }
            return line
        }
    }
}
