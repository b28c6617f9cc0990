/// One column of the screen.
///
/// A wide glyph (中, 😀) is stored in its leading cell with `width` 2; the column to its right
/// holds a *continuation* cell (`width` 0) that backends skip. `grapheme` is a `Character`, which
/// Swift stores inline for up to 15 UTF-8 bytes, so a cell needs no heap allocation.
public struct Cell: Hashable, Sendable {
    /// The glyph drawn here, already made safe by `Character.terminalGlyph`.
    public var grapheme: Character
    /// 1 for a narrow glyph, 2 for the leading cell of a wide glyph, 0 for a continuation cell.
    public var width: UInt8
    public var style: Style

    public init(_ grapheme: Character = " ", width: UInt8 = 1, style: Style = .plain) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// A space in the given style.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", width: 1, style: style) }

    /// The second column of a wide glyph.
    static func continuation(_ style: Style) -> Cell { Cell(" ", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
