// The width functions of Fieldbook. ncurses positions glyphs by the C library's wcwidth(), so
// every width here is taken from glibc 2.36's table (see WidthTable.swift) — if we disagreed with
// it, a Chinese line would be drawn one column off from where the buffer thinks it is.

extension Unicode.Scalar {
    /// Exactly what glibc's `wcwidth` returns for this scalar in a UTF-8 locale:
    /// 0 (combining, zero-width, NUL), 1, 2 (East Asian Wide/Fullwidth, emoji), or −1 (control
    /// characters and unassigned code points, which the buffer never stores).
    public var terminalWidth: Int {
        let v = value
        if v < 0x7F { return v >= 0x20 ? 1 : (v == 0 ? 0 : -1) }
        // Shortcuts for the common blocks (the tests check them against the table).
        if v >= 0xA0 && v < 0x300 { return 1 }
        if v >= 0x3220 && v <= 0xA48C { return 2 }  // CJK symbols, Extension A, Unified Ideographs, Yi
        if v >= 0xAC00 && v <= 0xD7A3 { return 2 }  // Hangul syllables
        return Self.tableWidth(v)
    }

    /// The width from the generated table alone (no shortcuts).
    package static func tableWidth(_ v: UInt32) -> Int {
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
    /// Columns this character occupies when written to a `Buffer`: the sum of the widths of the
    /// glyphs `GlyphScanner` draws for it (usually 0, 1 or 2).
    public var displayWidth: Int {
        if let ascii = asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
        var total = 0
        for glyph in glyphs { total += glyph.width }
        return total
    }
}

extension StringProtocol {
    /// Columns this text occupies when written on one line of a `Buffer`.
    public var displayWidth: Int {
        var total = 0
        for glyph in glyphs { total += glyph.width }
        return total
    }
}
