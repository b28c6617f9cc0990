/// The state of a multi-line text area (inspection notes): the text with "\n" line breaks, a
/// grapheme cursor, the scroll position, and the layout of the last render.
///
/// Lines soft-wrap by display width (see `WordWrap`). Up/Down move between *visual* rows and keep
/// the display column they started from — across rows of wide glyphs a column in the middle of a
/// glyph lands before it. Up on the first row and Down on the last are `.ignored`, so a form can
/// move focus. Enter inserts a line break; Home/End (Ctrl-A/E) go to the ends of the visual row;
/// Ctrl-U/Ctrl-K delete to the start/end of the line; PgUp/PgDn move a screenful.
public struct TextAreaState: Hashable, Sendable {
    public private(set) var editor: EditableText
    /// The first visual row shown.
    public private(set) var scrollRow = 0
    /// The width and height of the last render; vertical movement wraps with this width.
    public private(set) var width: Int
    public private(set) var height: Int
    /// The display column Up/Down aim for, kept across consecutive vertical moves.
    private var goalColumn: Int?

    public init(text: String = "", maxLength: Int? = nil, width: Int = 40, height: Int = 5) {
        editor = EditableText(text, maxLength: maxLength, allowsNewlines: true)
        self.width = max(1, width)
        self.height = max(1, height)
    }

    public var text: String {
        get { editor.text }
        set { editor.setText(newValue); scrollRow = 0; goalColumn = nil }
    }

    public var isEmpty: Bool { editor.isEmpty }
    public var cursor: Int { editor.cursor }

    /// Puts the cursor before grapheme `index` (clamped), e.g. where it was when a draft was kept.
    public mutating func moveCursor(to index: Int) {
        _ = editor.moveCursor(to: index)
        goalColumn = nil
    }

    /// The visual rows at `width`: ranges of `editor.characters`, line breaks excluded.
    public func visualRows(width: Int) -> [Range<Int>] {
        let characters = editor.characters
        var rows: [Range<Int>] = []
        var start = 0
        while true {
            let end = characters[start...].firstIndex(of: "\n") ?? characters.count
            for range in WordWrap.ranges(Array(characters[start..<end]), width: width) {
                rows.append((range.lowerBound + start)..<(range.upperBound + start))
            }
            if end == characters.count { break }
            start = end + 1
        }
        return rows
    }

    /// The cursor's visual row and display column at the current width.
    public var cursorPosition: (row: Int, column: Int) { position(in: visualRows(width: width)) }

    private func position(in rows: [Range<Int>]) -> (row: Int, column: Int) {
        let cursor = editor.cursor
        let row = rows.lastIndex { $0.lowerBound <= cursor } ?? 0
        return (row, editor.width(of: rows[row].lowerBound..<cursor))
    }

    /// The furthest cursor index on a row: its end when a line break or the text's end follows,
    /// otherwise just before its last character (its end is the next row's start).
    private func lastIndex(of row: Range<Int>) -> Int {
        let characters = editor.characters
        if row.upperBound == characters.count || characters[row.upperBound] == "\n" { return row.upperBound }
        return max(row.lowerBound, row.upperBound - 1)
    }

    private func index(in row: Range<Int>, column: Int) -> Int {
        var used = 0
        var index = row.lowerBound
        let limit = lastIndex(of: row)
        while index < limit {
            let w = editor.characters[index].displayWidth
            if used + w > column { break }
            used += w
            index += 1
        }
        return index
    }

    public mutating func handle(_ key: Key) -> EditResult {
        let rows = visualRows(width: width)
        let (row, column) = position(in: rows)
        switch key {
        case .up, .down, .pageUp, .pageDown:
            let step = key == .up ? -1 : key == .down ? 1 : key == .pageUp ? -height : height
            let target = min(max(0, row + step), rows.count - 1)
            if target == row {
                guard key == .pageUp || key == .pageDown else { return .ignored }
                goalColumn = nil
                editor.moveCursor(to: key == .pageUp ? rows[row].lowerBound : lastIndex(of: rows[row]))
                return .handled
            }
            let goal = goalColumn ?? column
            editor.moveCursor(to: index(in: rows[target], column: goal))
            goalColumn = goal
            return .handled
        default:
            break
        }
        goalColumn = nil
        let characters = editor.characters
        let lineStart = (characters[..<editor.cursor].lastIndex(of: "\n") ?? -1) + 1
        let lineEnd = characters[editor.cursor...].firstIndex(of: "\n") ?? characters.count
        switch key {
        case .enter: return editor.insert("\n") ? .edited : .handled
        case .home, .ctrl("a"): editor.moveCursor(to: rows[row].lowerBound); return .handled
        case .end, .ctrl("e"): editor.moveCursor(to: lastIndex(of: rows[row])); return .handled
        case .ctrl("u"): return editor.delete(lineStart..<editor.cursor) ? .edited : .handled
        case .ctrl("k"):
            // At the end of a line, Ctrl-K joins the next line (as in Emacs and readline).
            let end = lineEnd == editor.cursor ? lineEnd + 1 : lineEnd
            return editor.delete(editor.cursor..<end) ? .edited : .handled
        default: return editor.handleCommonKey(key) ?? .ignored
        }
    }

    /// Moves the cursor to a visible row and display column (a mouse click).
    public mutating func moveCursor(toVisibleRow visibleRow: Int, column: Int) {
        let rows = visualRows(width: width)
        let target = min(max(0, scrollRow + visibleRow), rows.count - 1)
        editor.moveCursor(to: index(in: rows[target], column: column))
        goalColumn = nil
    }

    /// Records the size of the area and scrolls so the cursor's row is visible.
    /// Returns the rows and the cursor position at that width.
    public mutating func layout(width: Int, height: Int) -> (rows: [Range<Int>], cursor: (row: Int, column: Int)) {
        self.width = max(1, width)
        self.height = max(1, height)
        let rows = visualRows(width: self.width)
        let cursor = position(in: rows)
        if cursor.row < scrollRow { scrollRow = cursor.row }
        if cursor.row >= scrollRow + self.height { scrollRow = cursor.row - self.height + 1 }
        scrollRow = min(scrollRow, max(0, rows.count - self.height))
        return (rows, cursor)
    }
}
