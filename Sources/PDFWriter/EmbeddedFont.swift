/// One face as it goes into the PDF: a Type 0 font over a CIDFontType2 whose CIDs are the
/// subset's glyph numbers (Identity-H encoding, Identity CID-to-glyph map), the subset program,
/// the widths and a ToUnicode map.
struct EmbeddedFont {
    let face: TrueTypeFont
    /// Original glyph → the character it was used for.
    let used: [Int: Unicode.Scalar]
    let program: [UInt8]
    let newNumber: [Int: Int]

    init(face: TrueTypeFont, used: [Int: Unicode.Scalar]) throws(PDFError) {
        self.face = face
        self.used = used
        (program, newNumber) = try GlyphSubsetter(font: face).subset(Set(used.keys))
    }

    /// Six capital letters naming the subset (9.6.4), derived from the glyphs it holds so the
    /// same subset always has the same tag.
    private var subsetTag: String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for glyph in newNumber.keys.sorted() {
            hash = (hash ^ UInt64(glyph)) &* 0x0000_0100_0000_01B3
        }
        var tag = ""
        for _ in 0 ..< 6 {
            tag.append(Character(Unicode.Scalar(UInt8(65 + hash % 26))))
            hash /= 26
        }
        return tag
    }

    func add(to file: inout PDFFile) -> Int {
        let scale = 1000.0 / Double(face.unitsPerEm)
        let baseName = subsetTag + "+" + String(face.postScriptName.filter { $0.isASCII && !$0.isWhitespace && $0 != "/" })
        let program = file.reserve()
        file.setStream(program, dictionary: ["Length1": .int(self.program.count)], data: self.program)
        let descriptor = file.add(.dictionary([
            "Type": .name("FontDescriptor"), "FontName": .name(baseName),
            "Flags": .int(4), // symbolic: the glyphs are not the standard Latin set
            "FontBBox": .array(face.boundingBox.map { .int(Int((Double($0) * scale).rounded())) }),
            "ItalicAngle": .real(face.italicAngle),
            "Ascent": .int(Int((Double(face.ascender) * scale).rounded())),
            "Descent": .int(Int((Double(face.descender) * scale).rounded())),
            "CapHeight": .int(Int((Double(face.capHeight) * scale).rounded())),
            "StemV": .int(80),
            "FontFile2": .reference(program),
        ]))
        // Widths for consecutive CIDs: [first [w w w …]] with each glyph's advance in 1/1000 em.
        let byNew = newNumber.sorted { $0.value < $1.value }
        let widths: [PDFValue] = byNew.map { .int(Int((Double(face.advance(of: $0.key)) * scale).rounded())) }
        let descendant = file.add(.dictionary([
            "Type": .name("Font"), "Subtype": .name("CIDFontType2"), "BaseFont": .name(baseName),
            "CIDSystemInfo": .dictionary(["Registry": .text("Adobe"), "Ordering": .text("Identity"),
                                          "Supplement": .int(0)]),
            "FontDescriptor": .reference(descriptor),
            "DW": .int(1000),
            "W": .array([.int(0), .array(widths)]),
            "CIDToGIDMap": .name("Identity"),
        ]))
        let toUnicode = file.reserve()
        file.setStream(toUnicode, data: Array(unicodeMap().utf8))
        return file.add(.dictionary([
            "Type": .name("Font"), "Subtype": .name("Type0"), "BaseFont": .name(baseName),
            "Encoding": .name("Identity-H"), "DescendantFonts": .array([.reference(descendant)]),
            "ToUnicode": .reference(toUnicode),
        ]))
    }

    /// The ToUnicode CMap (9.10.3): each CID back to the character it was drawn for.
    private func unicodeMap() -> String {
        let pairs = used.compactMap { glyph, scalar -> (Int, Unicode.Scalar)? in
            guard let cid = newNumber[glyph], cid != 0 else { return nil }
            return (cid, scalar)
        }.sorted { $0.0 < $1.0 }
        var text = """
        /CIDInit /ProcSet findresource begin
        12 dict begin
        begincmap
        /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
        /CMapName /Adobe-Identity-UCS def
        /CMapType 2 def
        1 begincodespacerange
        <0000> <FFFF>
        endcodespacerange

        """
        // At most 100 entries per block (the CMap format's limit).
        var start = 0
        while start < pairs.count {
            let block = pairs[start ..< min(start + 100, pairs.count)]
            text += "\(block.count) beginbfchar\n"
            for (cid, scalar) in block {
                let units = String(scalar).utf16.map { PDFDocumentWriter.hex4(Int($0)) }.joined()
                text += "<\(PDFDocumentWriter.hex4(cid))> <\(units)>\n"
            }
            text += "endbfchar\n"
            start += 100
        }
        text += """
        endcmap
        CMapName currentdict /CMap defineresource pop
        end
        end

        """
        return text
    }
}
