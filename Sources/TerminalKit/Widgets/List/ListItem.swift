/// One row of a `List`: its text, an optional style of its own (a non-compliant item in the
/// error style), and optional detail text drawn right-aligned in the muted style (a date, a count).
public struct ListItem: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var style: Style?
    public var detail: String?

    public init(_ text: String, style: Style? = nil, detail: String? = nil) {
        self.text = text
        self.style = style
        self.detail = detail
    }

    public init(stringLiteral text: String) { self.init(text) }
}
