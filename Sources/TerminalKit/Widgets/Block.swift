/// A frame around an area: a border of box-drawing characters with an optional title in the top
/// edge (cut by display width with "…"), and the inner area for the content.
public struct Block: Sendable {
    public enum BorderKind: Hashable, Sendable {
        case plain, rounded, double, thick

        /// top-left, top-right, bottom-left, bottom-right, horizontal, vertical
        var characters: (Character, Character, Character, Character, Character, Character) {
            switch self {
            case .plain: return ("┌", "┐", "└", "┘", "─", "│")
            case .rounded: return ("╭", "╮", "╰", "╯", "─", "│")
            case .double: return ("╔", "╗", "╚", "╝", "═", "║")
            case .thick: return ("┏", "┓", "┗", "┛", "━", "┃")
            }
        }
    }

    public var title: String?
    public var titleAlignment: Alignment
    public var titleStyle: Style
    public var borderStyle: Style
    public var border: BorderKind
    /// Space between the border and the content.
    public var padding: Insets
    /// When set, the whole area is cleared to this style first (dialogs over other content).
    public var background: Style?

    public init(title: String? = nil, titleAlignment: Alignment = .left, titleStyle: Style = .plain,
                borderStyle: Style = .plain, border: BorderKind = .plain, padding: Insets = Insets(),
                background: Style? = nil) {
        self.title = title
        self.titleAlignment = titleAlignment
        self.titleStyle = titleStyle
        self.borderStyle = borderStyle
        self.border = border
        self.padding = padding
        self.background = background
    }

    /// A block styled from a theme's roles; `isFocused` picks the focused border.
    public init(title: String? = nil, theme: Theme, isFocused: Bool = false, border: BorderKind = .plain,
                padding: Insets = Insets(), background: Style? = nil) {
        self.init(title: title, titleStyle: theme.title,
                  borderStyle: isFocused ? theme.focusedBorder : theme.border,
                  border: border, padding: padding, background: background)
    }

    /// The area inside the border and padding.
    public func inner(_ area: Rect) -> Rect {
        area.inset(by: .all(1)).inset(by: padding)
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard area.width >= 2, area.height >= 2 else { return }
        if let background { buffer.fill(area, style: background) }
        let (tl, tr, bl, br, h, v) = border.characters
        let inner = area.width - 2
        let horizontal = String(repeating: h, count: inner)
        buffer.write(String(tl) + horizontal + String(tr), at: area.origin, style: borderStyle)
        buffer.write(String(bl) + horizontal + String(br), at: Point(x: area.x, y: area.bottom - 1), style: borderStyle)
        for y in (area.y + 1)..<(area.bottom - 1) {
            buffer.write(String(v), at: Point(x: area.x, y: y), style: borderStyle)
            buffer.write(String(v), at: Point(x: area.right - 1, y: y), style: borderStyle)
        }
        if let title, !title.isEmpty, inner >= 3 {
            // " 标题 " sits one column in from each corner.
            let text = " " + title.truncated(toWidth: inner - 2) + " "
            let x = area.x + 1 + titleAlignment.offset(lineWidth: text.displayWidth, in: inner)
            buffer.write(text, at: Point(x: x, y: area.y), style: titleStyle, maxWidth: inner)
        }
    }
}
