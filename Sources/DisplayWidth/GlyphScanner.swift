/// One thing drawn in a cell: a base scalar, the zero-width marks drawn with it, and its width.
public struct Glyph: Hashable, Sendable {
    public var base: Unicode.Scalar
    public var marks: CombiningMarks
    /// 1 or 2 columns.
    public var width: Int

    package init(base: Unicode.Scalar, marks: CombiningMarks, width: Int) {
        self.base = base
        self.marks = marks
        self.width = width
    }
}

/// Turns text into the glyphs the buffer draws, one rule for measuring and drawing.
///
/// Works on Unicode scalars (not `Character`s, which are much slower to iterate), and follows what
/// ncurses does with `wcwidth`: every scalar of non-zero width starts a cell of that width, and
/// zero-width scalars join the cell before them. So a Devanagari spacing vowel sign gets its own
/// cell exactly as ncurses gives it one. Deliberate exceptions, for text terminals draw
/// inconsistently:
/// - control characters never reach a cell: tab, newline, CR, VT and FF become a space, other
///   controls and scalars glibc calls unprintable (unassigned) become U+FFFD "�";
/// - zero-width *format* characters (ZWSP, ZWJ, bidi controls, BOM) are dropped, a zero-width
///   scalar with nothing before it is dropped, and marks beyond four are dropped;
/// - emoji sequences draw their first emoji: a ZWJ sequence is cut at the joiner (👩‍💻 → 👩),
///   skin-tone modifiers and a flag's second regional indicator are dropped, and U+FE0F after a
///   narrow base is dropped (ncurses counts ❤️ as one column; terminals honouring the selector
///   would draw two).
/// Each exception only joins or drops scalars inside one extended grapheme cluster, so the width
/// of a string is the sum of its `Character`s' widths.
public struct GlyphScanner<Scalars: IteratorProtocol>: IteratorProtocol, Sequence where Scalars.Element == Unicode.Scalar {
    private var scalars: Scalars
    /// A scalar read ahead (it starts the next glyph) and its width.
    private var pending: (scalar: Unicode.Scalar, width: Int)?

    public init(_ scalars: Scalars) { self.scalars = scalars }

    public mutating func next() -> Glyph? {
        while true {
            let first: Unicode.Scalar, width: Int
            if let (scalar, w) = pending {
                first = scalar
                width = w
                pending = nil
            } else if let scalar = scalars.next() {
                first = scalar
                width = scalar.terminalWidth
            } else {
                return nil
            }
            if width == 0 { continue }
            if width < 0 {
                switch first.value {
                case 0x0D:
                    // CR LF is one line break, one space.
                    if let next = scalars.next(), next != "\n" { pending = (next, next.terminalWidth) }
                    return Glyph(base: " ", marks: CombiningMarks(), width: 1)
                case 0x09, 0x0A, 0x0B, 0x0C: return Glyph(base: " ", marks: CombiningMarks(), width: 1)
                default: return Glyph(base: "\u{FFFD}", marks: CombiningMarks(), width: 1)
                }
            }
            var glyph = Glyph(base: first, marks: CombiningMarks(), width: width)
            var unpairedFlag = Self.isRegionalIndicator(first)
            while let scalar = scalars.next() {
                let v = scalar.value
                if v == 0x200D {
                    guard let after = scalars.next() else { return glyph }
                    if Self.isEmoji(first) && Self.isEmoji(after) { continue }
                    pending = (after, after.terminalWidth)
                    return glyph
                }
                if unpairedFlag && Self.isRegionalIndicator(scalar) {
                    unpairedFlag = false
                    continue
                }
                if v >= 0x1F3FB && v <= 0x1F3FF { continue } // skin-tone modifier
                let scalarWidth = scalar.terminalWidth
                if scalarWidth != 0 {
                    pending = (scalar, scalarWidth)
                    return glyph
                }
                attach(scalar, to: &glyph)
            }
            return glyph
        }
    }

    private func attach(_ mark: Unicode.Scalar, to glyph: inout Glyph) {
        if mark.value == 0xFE0F && glyph.width == 1 { return }
        if mark.properties.generalCategory == .format { return }
        glyph.marks.append(mark)
    }

    package static func isRegionalIndicator(_ s: Unicode.Scalar) -> Bool { s.value >= 0x1F1E6 && s.value <= 0x1F1FF }

    /// Emoji that join in ZWJ sequences (Extended_Pictographic, approximately).
    package static func isEmoji(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0xA9 && s.properties.isEmoji && !isRegionalIndicator(s) && !(s.value >= 0x1F3FB && s.value <= 0x1F3FF)
    }
}

extension StringProtocol {
    /// The glyphs a buffer draws for this text.
    public var glyphs: GlyphScanner<UnicodeScalarView.Iterator> { GlyphScanner(unicodeScalars.makeIterator()) }
}

extension Character {
    /// The glyphs a buffer draws for this character (usually one; none for a lone zero-width one).
    public var glyphs: GlyphScanner<String.UnicodeScalarView.Iterator> { GlyphScanner(unicodeScalars.makeIterator()) }
}
