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

/// How a cell looks: foreground and background colour and attributes. Packed into 32 bits so
/// that every cell carries its own and comparing two cells (the frame diff) is one integer compare.
public struct Style: Hashable, Sendable {
    // bits 0–8 foreground code, 9–17 background code, 18–25 attributes (see `Color.code`).
    private var raw: UInt32

    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        raw = foreground.code | background.code << 9 | UInt32(attributes.rawValue) << 18
    }

    public var foreground: Color {
        get { Color(code: raw & 0x1FF) }
        set { raw = raw & ~0x1FF | newValue.code }
    }

    public var background: Color {
        get { Color(code: raw >> 9 & 0x1FF) }
        set { raw = raw & ~(0x1FF << 9) | newValue.code << 9 }
    }

    public var attributes: TextAttributes {
        get { TextAttributes(rawValue: UInt8(truncatingIfNeeded: raw >> 18)) }
        set { raw = raw & ~(0xFF << 18) | UInt32(newValue.rawValue) << 18 }
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
