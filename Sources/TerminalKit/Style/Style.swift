/// Text attributes a terminal can show; several may be combined.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let italic = TextAttributes(rawValue: 1 << 2)
    public static let underline = TextAttributes(rawValue: 1 << 3)
    public static let reverse = TextAttributes(rawValue: 1 << 4)
}

/// How a cell looks: foreground and background colour and attributes. Small and trivially
/// copyable (a few bytes), so every cell carries its own.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes

    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default colours, no attributes.
    public static let plain = Style()

    public func foreground(_ color: Color) -> Style { var s = self; s.foreground = color; return s }
    public func background(_ color: Color) -> Style { var s = self; s.background = color; return s }
    public func adding(_ attributes: TextAttributes) -> Style {
        var s = self
        s.attributes.formUnion(attributes)
        return s
    }
    public func removing(_ attributes: TextAttributes) -> Style {
        var s = self
        s.attributes.subtract(attributes)
        return s
    }
    public var bold: Style { adding(.bold) }
    public var dim: Style { adding(.dim) }
    public var italic: Style { adding(.italic) }
    public var underline: Style { adding(.underline) }
    public var reverse: Style { adding(.reverse) }

    /// `overlay` drawn over this style: its non-default colours replace ours, its attributes add.
    /// Used to highlight a row without losing the colours of its text.
    public func patched(with overlay: Style) -> Style {
        Style(foreground: overlay.foreground == .default ? foreground : overlay.foreground,
              background: overlay.background == .default ? background : overlay.background,
              attributes: attributes.union(overlay.attributes))
    }
}
