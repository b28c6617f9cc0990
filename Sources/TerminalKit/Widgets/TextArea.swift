/// A multi-line text input drawn over its whole area, soft-wrapped by display width.
/// When focused it puts the real cursor at the insertion point.
public struct TextArea: Sendable {
    public var placeholder: String
    public var isFocused: Bool
    public var theme: Theme

    public init(placeholder: String = "", isFocused: Bool = false, theme: Theme = .color) {
        self.placeholder = placeholder
        self.isFocused = isFocused
        self.theme = theme
    }

    public func render(in area: Rect, buffer: inout Buffer, state: inout TextAreaState) {
        guard !area.isEmpty else { return }
        let style = isFocused ? theme.focusedField : theme.field
        buffer.fill(area, style: style)
        let (rows, cursor) = state.layout(width: area.width, height: area.height)
        if state.isEmpty {
            for (i, line) in WordWrap.lines(placeholder, width: area.width).prefix(area.height).enumerated() {
                buffer.write(line, at: Point(x: area.x, y: area.y + i), style: style.patched(with: theme.placeholder), clip: area)
            }
        } else {
            let characters = state.editor.characters
            for (i, range) in rows.dropFirst(state.scrollRow).prefix(area.height).enumerated() {
                buffer.write(String(characters[range]), at: Point(x: area.x, y: area.y + i), style: style, clip: area, ellipsis: false)
            }
        }
        if isFocused {
            buffer.cursor = Point(x: area.x + min(cursor.column, area.width - 1),
                                  y: area.y + cursor.row - state.scrollRow)
        }
    }
}
