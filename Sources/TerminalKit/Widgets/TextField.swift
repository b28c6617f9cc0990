/// A one-line text input. The first row of its area is the field; when the area has a second row
/// and there is an `error`, the error is written there (on a one-row area the field takes the
/// error style instead). When focused it asks the buffer for the real cursor at the insertion
/// point, so an input method's candidate window appears where the user types.
public struct TextField: Sendable {
    public var placeholder: String
    public var isFocused: Bool
    /// An inline validation message, already in the user's language.
    public var error: String?
    public var theme: Theme

    public init(placeholder: String = "", isFocused: Bool = false, error: String? = nil, theme: Theme = .color) {
        self.placeholder = placeholder
        self.isFocused = isFocused
        self.error = error
        self.theme = theme
    }

    public func render(in area: Rect, buffer: inout Buffer, state: inout TextFieldState) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        var style = isFocused ? theme.focusedField : theme.field
        if error != nil && area.height < 2 { style = style.patched(with: theme.error) }
        buffer.fill(row, style: style)
        if isFocused { state.keepCursorVisible(width: row.width) }
        if state.isEmpty {
            buffer.write(placeholder, at: row.origin, style: style.patched(with: theme.placeholder), clip: row)
        } else if isFocused {
            // Scrolled to keep the cursor in view; the line is the user's to move along.
            let visible = state.editor.characters[state.scrollOffset...]
            buffer.write(String(visible), at: row.origin, style: style, clip: row, ellipsis: false)
        } else {
            // Not being edited: the beginning of the text, cut with "…" when longer than the field.
            buffer.write(state.text, at: row.origin, style: style, clip: row)
        }
        if isFocused {
            let column = state.editor.width(of: state.scrollOffset..<state.cursor)
            buffer.cursor = Point(x: row.x + min(column, row.width - 1), y: row.y)
        }
        if let error, area.height >= 2 {
            let line = area.row(1)
            buffer.write(error.truncated(toWidth: line.width), at: line.origin, style: theme.error, clip: line)
        }
    }
}
