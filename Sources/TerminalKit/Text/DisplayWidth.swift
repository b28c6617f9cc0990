// The one width function of Fieldbook. ncurses positions glyphs by the C library's wcwidth(), so
// every width here is taken from glibc 2.36's table (see WidthTable.swift) — if we disagreed with
// it, a Chinese line would be drawn one column off from where the buffer thinks it is.

extension Unicode.Scalar {
    /// Exactly what glibc's `wcwidth` returns for this scalar in a UTF-8 locale:
    /// 0 (combining, zero-width, NUL), 1, 2 (East Asian Wide/Fullwidth, emoji), or −1 (control
    /// characters and unassigned code points, which the buffer never stores).
    public var terminalWidth: Int {
        let v = value
        if v < 0x7F { return v >= 0x20 ? 1 : (v == 0 ? 0 : -1) }
        // Binary search for the last range starting at or before v.
        var low = 0
        var high = widthTable.count
        while low < high {
            let mid = (low + high) >> 1
            if UInt32(truncatingIfNeeded: widthTable[mid] >> 32) <= v { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return 1 }
        let entry = widthTable[low - 1]
        guard v <= UInt32(truncatingIfNeeded: entry >> 2) & 0x3FFFFFFF else { return 1 }
        switch entry & 3 {
        case 0: return 0
        case 1: return 2
        default: return -1
        }
    }
}

extension Character {
    /// Columns this character occupies when written to a `Buffer` (0, 1 or 2): the width of the
    /// glyph `terminalGlyph` draws for it.
    public var displayWidth: Int { terminalGlyph.width }

    /// The glyph the buffer stores for this character and its width in columns.
    ///
    /// Choices (one rule everywhere, so measuring and drawing agree):
    /// - The width is the `terminalWidth` of the first scalar (the base), as ncurses assumes.
    /// - Tab, newline, carriage return, vertical tab and form feed become one space; other
    ///   control characters and unassigned code points become U+FFFD "�" (width 1), so nothing
    ///   the terminal would interpret reaches it.
    /// - Only zero-width scalars (combining marks, variation selectors) are kept after the base,
    ///   at most four of them (ncurses stores five wide characters per cell). A ZWJ sequence is cut
    ///   at its first joiner (👩‍💻 draws as 👩), skin-tone modifiers and a flag's second regional
    ///   indicator are dropped: terminals disagree on how wide such sequences are, and a base
    ///   glyph alone is drawn the same width everywhere.
    /// - U+FE0F (emoji presentation) after a narrow base is dropped: ncurses counts ❤️ as one
    ///   column, and terminals that honour the selector would draw it two columns wide.
    /// - A character whose base has width 0 (a lone combining mark, U+200B) has width 0 and is
    ///   not drawn.
    public var terminalGlyph: (glyph: Character, width: Int) {
        let scalars = unicodeScalars
        let base = scalars.first!
        if base.value >= 0x20 && base.value < 0x7F && utf8.count == 1 { return (self, 1) }
        let width = base.terminalWidth
        if width < 0 {
            switch base.value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return (" ", 1)
            default: return ("\u{FFFD}", 1)
            }
        }
        if width == 0 { return (self, 0) }
        var iterator = scalars.makeIterator()
        _ = iterator.next()
        guard let second = iterator.next() else { return (self, width) }
        // Fast path: base plus one plain combining mark (é written decomposed, for example).
        if second.value != 0x200D, second.value != 0xFE0F, second.terminalWidth == 0,
           iterator.next() == nil {
            return (self, width)
        }
        var kept = String.UnicodeScalarView()
        kept.append(base)
        var extras = 0
        for scalar in scalars.dropFirst() {
            if scalar.value == 0x200D { break }
            if scalar.terminalWidth != 0 { continue }
            if scalar.value == 0xFE0F && width == 1 { continue }
            if extras == 4 { break }
            kept.append(scalar)
            extras += 1
        }
        let text = String(kept)
        // Dropping scalars cannot normally split a cluster; fall back to the base if it ever does.
        return (text.count == 1 ? Character(text) : Character(base), width)
    }
}

extension StringProtocol {
    /// Columns this text occupies when written on one line of a `Buffer`: the sum of its
    /// characters' `displayWidth`.
    public var displayWidth: Int {
        var total = 0
        for character in self { total += character.displayWidth }
        return total
    }
}
