/// Builds a TrueType font holding only the glyphs a document uses, renumbered 0…n-1 in the order
/// of their original numbers (glyph 0, `.notdef`, always first). Composite glyphs bring their
/// components, whose numbers are rewritten. The result carries the tables a PDF's embedded
/// TrueType program needs (ISO 32000-1, 9.9): head, hhea, hmtx, maxp, loca, glyf and the hinting
/// tables cvt/fpgm/prep when present — no cmap: the PDF maps codes to glyphs itself.
struct GlyphSubsetter {
    let font: TrueTypeFont

    /// The subset program and the new number of every original glyph it holds.
    func subset(_ glyphs: Set<Int>) throws(PDFError) -> (program: [UInt8], newNumber: [Int: Int]) {
        var wanted = glyphs.union([0])
        var pending = Array(wanted)
        while let glyph = pending.popLast() {
            for component in try components(of: glyph) where !wanted.contains(component) {
                wanted.insert(component)
                pending.append(component)
            }
        }
        let order = wanted.sorted()
        let newNumber = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })

        var glyf: [UInt8] = []
        var loca: [UInt8] = []
        var hmtx: [UInt8] = []
        for glyph in order {
            loca.appendU32(UInt32(glyf.count))
            var outline = Array(try font.outline(of: glyph))
            try renumberComponents(&outline, newNumber)
            glyf.append(contentsOf: outline)
            while glyf.count % 4 != 0 { glyf.append(0) }
            hmtx.appendU16(UInt16(font.advance(of: glyph)))
            hmtx.appendU16(UInt16(bitPattern: font.leftSideBearing(of: glyph)))
        }
        loca.appendU32(UInt32(glyf.count))

        guard var head = font.table("head").map(Array.init), head.count >= 54,
              var hhea = font.table("hhea").map(Array.init), hhea.count >= 36,
              var maxp = font.table("maxp").map(Array.init), maxp.count >= 6 else {
            throw .malformedFont("short head, hhea or maxp table")
        }
        head.setU32(0, at: 8)          // checkSumAdjustment, set below
        head.setU16(1, at: 50)         // indexToLocFormat: long offsets
        hhea.setU16(UInt16(order.count), at: 34)
        maxp.setU16(UInt16(order.count), at: 4)

        var tables: [(String, [UInt8])] = [("glyf", glyf), ("head", head), ("hhea", hhea), ("hmtx", hmtx),
                                           ("loca", loca), ("maxp", maxp)]
        for tag in ["cvt ", "fpgm", "prep"] {
            if let table = font.table(tag) { tables.append((tag, Array(table))) }
        }
        tables.sort { $0.0 < $1.0 }
        return (Self.assemble(tables), newNumber)
    }

    /// Component glyphs of a composite glyph (none for a simple one).
    private func components(of glyph: Int) throws(PDFError) -> [Int] {
        let outline = Array(try font.outline(of: glyph))
        var found: [Int] = []
        try walkComponents(outline) { offset in
            found.append(Int(UInt16(outline[offset]) << 8 | UInt16(outline[offset + 1])))
        }
        return found
    }

    private func renumberComponents(_ outline: inout [UInt8], _ newNumber: [Int: Int]) throws(PDFError) {
        var offsets: [Int] = []
        try walkComponents(outline) { offsets.append($0) }
        for offset in offsets {
            let old = Int(UInt16(outline[offset]) << 8 | UInt16(outline[offset + 1]))
            guard let new = newNumber[old] else { throw .malformedFont("component \(old) missing from the subset") }
            outline.setU16(UInt16(new), at: offset)
        }
    }

    /// Calls `visit` with the offset of each component's glyph index in a composite outline.
    private func walkComponents(_ outline: [UInt8], _ visit: (Int) -> Void) throws(PDFError) {
        guard outline.count >= 10 else { return }
        let contours = Int16(bitPattern: UInt16(outline[0]) << 8 | UInt16(outline[1]))
        guard contours < 0 else { return }
        var offset = 10
        while true {
            guard offset + 4 <= outline.count else { throw .malformedFont("composite glyph past its end") }
            let flags = UInt16(outline[offset]) << 8 | UInt16(outline[offset + 1])
            visit(offset + 2)
            offset += 4
            offset += flags & 0x0001 != 0 ? 4 : 2            // ARG_1_AND_2_ARE_WORDS
            if flags & 0x0008 != 0 { offset += 2 }           // WE_HAVE_A_SCALE
            else if flags & 0x0040 != 0 { offset += 4 }      // WE_HAVE_AN_X_AND_Y_SCALE
            else if flags & 0x0080 != 0 { offset += 8 }      // WE_HAVE_A_TWO_BY_TWO
            guard flags & 0x0020 != 0 else { return }        // MORE_COMPONENTS
        }
    }

    /// An sfnt file from tables sorted by tag, with checksums and the head adjustment.
    private static func assemble(_ tables: [(String, [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        out.appendU32(0x0001_0000)
        out.appendU16(UInt16(tables.count))
        var power = 1, log = 0
        while power * 2 <= tables.count { power *= 2; log += 1 }
        out.appendU16(UInt16(power * 16))
        out.appendU16(UInt16(log))
        out.appendU16(UInt16(tables.count * 16 - power * 16))
        var offset = 12 + 16 * tables.count
        var headOffset = 0
        for (tag, data) in tables {
            out.append(contentsOf: Array(tag.utf8))
            out.appendU32(checksum(data))
            out.appendU32(UInt32(offset))
            out.appendU32(UInt32(data.count))
            if tag == "head" { headOffset = offset }
            offset += (data.count + 3) / 4 * 4
        }
        for (_, data) in tables {
            out.append(contentsOf: data)
            while out.count % 4 != 0 { out.append(0) }
        }
        out.setU32(0xB1B0_AFBA &- checksum(out), at: headOffset + 8)
        return out
    }

    private static func checksum(_ data: [UInt8]) -> UInt32 {
        var sum: UInt32 = 0
        var index = 0
        while index < data.count {
            var word: UInt32 = 0
            for byte in 0 ..< 4 {
                word = word << 8 | UInt32(index + byte < data.count ? data[index + byte] : 0)
            }
            sum = sum &+ word
            index += 4
        }
        return sum
    }
}
