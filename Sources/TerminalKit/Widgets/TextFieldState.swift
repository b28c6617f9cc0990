/// The state of a one-line text field: the text, a grapheme cursor and the horizontal scroll.
///
/// Keys: characters and paste insert; Left/Right (Ctrl-B/F) move one grapheme; Home/End and
/// Ctrl-A/Ctrl-E jump to the ends; Backspace/Delete (Ctrl-D) delete one grapheme; Ctrl-U deletes
/// to the start, Ctrl-K to the end, Ctrl-W the word before the cursor.
public struct TextFieldState: Hashable, Sendable {
    public private(set) var editor: EditableText
    /// Index of the first visible character; kept by `render` so the cursor stays visible.
    public private(set) var scrollOffset = 0

    public init(text: String = "", maxLength: Int? = nil) {
        editor = EditableText(text, maxLength: maxLength)
    }

    public var text: String {
        get { editor.text }
        set { editor.setText(newValue); scrollOffset = 0 }
    }

    public var isEmpty: Bool { editor.isEmpty }
    /// The cursor as a grapheme index, 0...text.count.
    public var cursor: Int { editor.cursor }
    /// The cursor's display column from the start of the text (not of the visible part).
    public var cursorColumn: Int { editor.width(of: 0..<editor.cursor) }

    /// Puts the cursor before grapheme `index` (clamped), e.g. where it was when a draft was kept.
    public mutating func moveCursor(to index: Int) { _ = editor.moveCursor(to: index) }

    public mutating func handle(_ key: Key) -> EditResult {
        let end = editor.characters.count
        switch key {
        case .home, .ctrl("a"): editor.moveCursor(to: 0); return .handled
        case .end, .ctrl("e"): editor.moveCursor(to: end); return .handled
        case .ctrl("u"): return editor.delete(0..<editor.cursor) ? .edited : .handled
        case .ctrl("k"): return editor.delete(editor.cursor..<end) ? .edited : .handled
        default: return editor.handleCommonKey(key) ?? .ignored
        }
    }

    /// Moves the cursor to the character under display column `column` of the visible part
    /// (a mouse click in the field).
    public mutating func moveCursor(toVisibleColumn column: Int) {
        var used = 0
        var index = scrollOffset
        let characters = editor.characters
        while index < characters.count {
            let w = characters[index].displayWidth
            if used + w > column { break }
            used += w
            index += 1
        }
        editor.moveCursor(to: index)
    }

    /// Scrolls so that the cursor, and a cell for it, fit in `width` columns, showing as much
    /// text as possible.
    mutating func keepCursorVisible(width: Int) {
        let cursor = editor.cursor
        let count = editor.characters.count
        if cursor < scrollOffset { scrollOffset = cursor }
        while scrollOffset < cursor && editor.width(of: scrollOffset..<cursor) + 1 > width { scrollOffset += 1 }
        while scrollOffset > 0 && editor.width(of: (scrollOffset - 1)..<count) + 1 <= width { scrollOffset -= 1 }
    }
}
