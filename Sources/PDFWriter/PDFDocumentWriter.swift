/// Writes pages drawn on `PDFCanvas`es into one PDF: fonts embedded as glyph subsets
/// (Type 0 / CIDFontType2, Identity-H, with a ToUnicode map so text can be searched and copied),
/// content streams compressed. No dates, no random identifiers: the same pages give the same bytes.
public struct PDFDocumentWriter: Sendable {
    public let fonts: FontSet
    public var title: String = ""
    /// BCP 47 language of the text (`zh-CN`, `en`), for screen readers and text extraction.
    public var language: String = ""

    public init(fonts: FontSet) {
        self.fonts = fonts
    }

    public func write(pages: [PDFCanvas]) throws(PDFError) -> [UInt8] {
        // Which glyphs of which face the pages use, and the character each one stands for.
        var used = Array(repeating: [Int: Unicode.Scalar](), count: fonts.faces.count)
        for page in pages {
            for case let .text(text, _, _, _, _, _) in page.operations {
                for scalar in text.unicodeScalars where !FontSet.isInvisible(scalar) {
                    let place = fonts.place(scalar)
                    if used[place.face][place.glyph] == nil { used[place.face][place.glyph] = scalar }
                }
            }
        }

        var file = PDFFile()
        let catalog = file.reserve()
        let pageTree = file.reserve()
        var fontResources = PDFDictionary()
        var renumbering = Array(repeating: [Int: Int](), count: fonts.faces.count)
        for (index, face) in fonts.faces.enumerated() where !used[index].isEmpty {
            let embedded = try EmbeddedFont(face: face, used: used[index])
            renumbering[index] = embedded.newNumber
            fontResources["F\(index + 1)"] = .reference(embedded.add(to: &file))
        }

        var pageReferences: [PDFValue] = []
        for page in pages {
            let content = file.reserve()
            file.setStream(content, data: contentStream(page, renumbering))
            let resources: PDFDictionary = ["Font": .dictionary(fontResources)]
            let pageObject = file.add(.dictionary([
                "Type": .name("Page"), "Parent": .reference(pageTree),
                "MediaBox": .array([.int(0), .int(0), .real(page.width), .real(page.height)]),
                "Resources": .dictionary(resources), "Contents": .reference(content),
            ]))
            pageReferences.append(.reference(pageObject))
        }
        file.set(pageTree, .dictionary(["Type": .name("Pages"), "Kids": .array(pageReferences),
                                        "Count": .int(pages.count)]))
        var catalogDictionary: PDFDictionary = ["Type": .name("Catalog"), "Pages": .reference(pageTree)]
        if !language.isEmpty { catalogDictionary["Lang"] = .text(language) }
        file.set(catalog, .dictionary(catalogDictionary))
        var info: PDFDictionary = ["Producer": .text("Fieldbook")]
        if !title.isEmpty { info["Title"] = .text(title) }
        let infoObject = file.add(.dictionary(info))
        return try file.bytes(root: catalog, info: infoObject)
    }

    private func contentStream(_ page: PDFCanvas, _ renumbering: [[Int: Int]]) -> [UInt8] {
        var out = ""
        for operation in page.operations {
            switch operation {
            case let .text(text, x, y, size, bold, gray):
                let n = PDFNumber.format
                out += "BT \(n(gray)) g "
                // The render mode is graphics state and outlives ET: set it on every text object.
                out += bold ? "2 Tr \(n(size * 0.03)) w \(n(gray)) G " : "0 Tr "
                out += "\(n(x)) \(n(y)) Td "
                var currentFace = -1
                var codes = ""
                for scalar in text.unicodeScalars where !FontSet.isInvisible(scalar) {
                    let place = fonts.place(scalar)
                    if place.face != currentFace {
                        if !codes.isEmpty { out += "<\(codes)> Tj "; codes = "" }
                        out += "/F\(place.face + 1) \(n(size)) Tf "
                        currentFace = place.face
                    }
                    codes += Self.hex4(renumbering[place.face][place.glyph] ?? 0)
                }
                if !codes.isEmpty { out += "<\(codes)> Tj " }
                out += "ET\n"
            case let .line(x1, y1, x2, y2, width, gray):
                let n = PDFNumber.format
                out += "\(n(gray)) G \(n(width)) w \(n(x1)) \(n(y1)) m \(n(x2)) \(n(y2)) l S\n"
            case let .rectangle(x, y, width, height, fillGray):
                let n = PDFNumber.format
                out += "\(n(fillGray)) g \(n(x)) \(n(y)) \(n(width)) \(n(height)) re f\n"
            }
        }
        return Array(out.utf8)
    }

    static func hex4(_ value: Int) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[(value >> 12) & 0xF], digits[(value >> 8) & 0xF], digits[(value >> 4) & 0xF], digits[value & 0xF]])
    }
}
