/// A piece of text in one style, for text that mixes styles (a bold label before plain text).
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// Horizontal placement of a line within its area.
public enum Alignment: Hashable, Sendable {
    case left, center, right

    /// The column offset of a line `lineWidth` wide in `width` columns.
    public func offset(lineWidth: Int, in width: Int) -> Int {
        switch self {
        case .left: return 0
        case .center: return max(0, (width - lineWidth) / 2)
        case .right: return max(0, width - lineWidth)
        }
    }
}
