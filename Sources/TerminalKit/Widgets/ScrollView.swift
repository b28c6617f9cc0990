/// A viewport over content taller than its area (a form at 60×16): the content is drawn whole
/// into an off-screen buffer, and the rows from `offset` are copied into the area, with "▲"/"▼"
/// in the right column when rows are hidden above or below — nothing is cut silently.
///
/// The offset is a pure function of what must be visible (`offset(showing:…)`), so render and
/// mouse hits agree without stored state: content coordinates are the area's with y counted
/// from the content's top (`contentPoint(_:)` turns a screen point into them).
public struct ScrollView: Sendable {
    /// The area on screen.
    public var area: Rect
    /// The content's height (at least the area's).
    public var contentHeight: Int
    /// The first content row shown.
    public var offset: Int
    public var theme: Theme

    public init(area: Rect, contentHeight: Int, offset: Int, theme: Theme = .color) {
        self.area = area
        self.contentHeight = max(contentHeight, area.height)
        self.offset = min(max(0, offset), max(0, self.contentHeight - area.height))
        self.theme = theme
    }

    /// The rect the content is laid out in: the area's columns, rows from 0.
    public var contentRect: Rect { Rect(x: area.x, y: 0, width: area.width, height: contentHeight) }

    /// Whether anything is hidden (the content is taller than the area).
    public var scrolls: Bool { contentHeight > area.height }

    /// The offset that shows content rows `rows` (a focused field, its label and message): the
    /// smallest move from `current`, keeping `margin` rows of context above and below when there
    /// is room.
    public static func offset(showing rows: Range<Int>, viewport: Int, contentHeight: Int, current: Int = 0,
                              margin: Int = 1) -> Int {
        guard viewport > 0, contentHeight > viewport else { return 0 }
        var top = current
        let wantedTop = max(0, rows.lowerBound - margin)
        let wantedBottom = min(contentHeight, rows.upperBound + margin)
        if wantedBottom > top + viewport { top = wantedBottom - viewport }
        if wantedTop < top { top = wantedTop }
        return min(max(0, top), contentHeight - viewport)
    }

    /// A point on screen in content coordinates (nil outside the area).
    public func contentPoint(_ point: Point) -> Point? {
        guard area.contains(point) else { return nil }
        return Point(x: point.x, y: point.y - area.y + offset)
    }

    /// A key in content coordinates: a mouse event's position moved by the scroll (outside the
    /// area: above the content, where it hits nothing); other keys unchanged.
    public func contentKey(_ key: Key) -> Key {
        guard case .mouse(let event) = key else { return key }
        let point = contentPoint(event.position) ?? Point(x: event.position.x, y: -1)
        return .mouse(MouseEvent(event.action, at: point))
    }

    /// Draws the content with `draw` (given the content buffer and `contentRect`) and copies the
    /// visible rows into `buffer`. The content's cursor moves with it, hidden when scrolled away.
    public func render(into buffer: inout Buffer, draw: (inout Buffer, Rect) -> Void) {
        guard !area.isEmpty else { return }
        // The screen's background under the content, so a copied row looks like the screen's own.
        let background = buffer.area.contains(area.origin) ? buffer[area.origin].style : .plain
        var content = Buffer(size: Size(width: buffer.size.width, height: contentHeight), style: background)
        draw(&content, contentRect)
        for row in 0..<area.height where offset + row < contentHeight {
            buffer.copyRow(from: content, row: offset + row, columns: area.x..<area.right, to: area.y + row)
        }
        if let cursor = content.cursor {
            let y = cursor.y - offset
            buffer.cursor = y >= 0 && y < area.height ? Point(x: cursor.x, y: area.y + y) : nil
        }
        guard scrolls, area.width > 0 else { return }
        let x = area.right - 1
        if offset > 0 { buffer.write("▲", at: Point(x: x, y: area.y), style: theme.muted.bold) }
        if offset + area.height < contentHeight {
            buffer.write("▼", at: Point(x: x, y: area.bottom - 1), style: theme.muted.bold)
        }
    }
}

extension Buffer {
    /// Copies columns `columns` of `source`'s row `row` into this buffer's row `y` (same columns),
    /// keeping whole wide glyphs: one cut by either edge becomes a space.
    mutating func copyRow(from source: Buffer, row: Int, columns: Range<Int>, to y: Int) {
        guard y >= 0, y < size.height, row >= 0, row < source.size.height else { return }
        let range = columns.clamped(to: 0..<min(size.width, source.size.width))
        var x = range.lowerBound
        while x < range.upperBound {
            let cell = source[x, row]
            if cell.isContinuation {
                put(.blank(cell.style), x: x, y: y)
                x += 1
            } else if cell.width == 2 && x + 1 >= range.upperBound {
                put(.blank(cell.style), x: x, y: y)
                x += 1
            } else {
                put(cell, x: x, y: y)
                x += max(1, Int(cell.width))
            }
        }
    }
}
