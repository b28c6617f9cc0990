/// One column of the screen.
///
/// A wide glyph (中, 😀) is stored in its leading cell with `width` 2; the column to its right
/// holds a *continuation* cell (`width` 0) that backends skip. The glyph is a base scalar plus up
/// to four combining marks stored inline, so a cell is trivially copyable: writing and diffing a
/// screen of cells involves no reference counting.
public struct Cell: Hashable, Sendable {
    public var base: Unicode.Scalar
    public var marks: CombiningMarks
    /// 1 for a narrow glyph, 2 for the leading cell of a wide glyph, 0 for a continuation cell.
    public var width: UInt8
    public var style: Style

    public init(base: Unicode.Scalar, marks: CombiningMarks = CombiningMarks(), width: UInt8 = 1, style: Style = .plain) {
        self.base = base
        self.marks = marks
        self.width = width
        self.style = style
    }

    /// A cell showing `grapheme` as is (its first scalar as base, the rest as marks). Text written
    /// with `Buffer.write` is made safe first; this initializer trusts its caller.
    public init(_ grapheme: Character = " ", width: UInt8 = 1, style: Style = .plain) {
        var scalars = grapheme.unicodeScalars.makeIterator()
        self.init(base: scalars.next()!, width: width, style: style)
        while let mark = scalars.next() { marks.append(mark) }
    }

    init(_ glyph: Glyph, style: Style) {
        self.init(base: glyph.base, marks: glyph.marks, width: UInt8(glyph.width), style: style)
    }

    /// A space in the given style.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(base: " ", width: 1, style: style) }

    /// The second column of a wide glyph.
    static func continuation(_ style: Style) -> Cell { Cell(base: " ", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }

    /// The base and its marks as text (what the terminal is sent for this cell).
    public var text: String {
        var scalars = String.UnicodeScalarView()
        scalars.append(base)
        scalars.append(contentsOf: marks)
        return String(scalars)
    }

    /// The glyph as a `Character`.
    public var grapheme: Character { marks.isEmpty ? Character(base) : Character(text) }
}
