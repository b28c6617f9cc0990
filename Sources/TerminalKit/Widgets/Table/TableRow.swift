/// One cell of a table: text, and a style of its own (a risk level in its colour).
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var style: Style?

    public init(_ text: String, style: Style? = nil) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral text: String) { self.init(text) }
}

/// One row of a table; `style` applies to cells without a style of their own.
public struct TableRow: Hashable, Sendable {
    public var cells: [TableCell]
    public var style: Style?

    public init(cells: [TableCell], style: Style? = nil) {
        self.cells = cells
        self.style = style
    }

    public init(_ texts: [String], style: Style? = nil) {
        self.init(cells: texts.map { TableCell($0) }, style: style)
    }
}
