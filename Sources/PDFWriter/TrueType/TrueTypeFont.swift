import Foundation

/// One face of a TrueType font file (`.ttf`, or one face of a `.ttc` collection) with what a PDF
/// needs: metrics, the character map, advances and the glyph outlines for subsetting.
///
/// Only TrueType outlines (`glyf`) are supported: they can be subset by copying glyphs.
/// CFF-based OpenType fonts (Noto CJK's `.ttc`) would need a CFF subsetter; they are refused.
public struct TrueTypeFont: Sendable {
    let file: FontBytes
    /// Table tag → (offset, length) in `file`, for this face.
    let tables: [String: (offset: Int, length: Int)]
    public let path: String
    public let postScriptName: String
    public let familyName: String
    public let unitsPerEm: Int
    public let ascender: Int
    public let descender: Int
    public let capHeight: Int
    public let boundingBox: [Int]
    public let italicAngle: Double
    let glyphCount: Int
    let longLoca: Bool
    let horizontalMetricCount: Int
    let characterMap: CharacterMap

    /// Opens `path`; in a collection, the first face whose family or full name contains `faceName`
    /// (the first face when `faceName` is nil).
    public init(path: String, faceName: String? = nil) throws(PDFError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadableFont(path: path) }
        let file = FontBytes(bytes: [UInt8](data))
        var faceOffsets = [0]
        if try file.u32(0) == 0x7474_6366 { // "ttcf"
            let count = Int(try file.u32(8))
            faceOffsets = try (0 ..< count).map { index throws(PDFError) in Int(try file.u32(12 + 4 * index)) }
        }
        var chosen: (tables: [String: (offset: Int, length: Int)], names: FaceNames)?
        for offset in faceOffsets {
            let tables = try Self.tableDirectory(file, at: offset)
            let names = try FaceNames(file, table: tables["name"])
            if faceName == nil || names.matches(faceName!) { chosen = (tables, names); break }
        }
        guard let chosen else { throw .faceNotFound(path: path, name: faceName ?? "") }
        try self.init(file: file, tables: chosen.tables, names: chosen.names, path: path)
    }

    private init(file: FontBytes, tables: [String: (offset: Int, length: Int)], names: FaceNames,
                 path: String) throws(PDFError) {
        for tag in ["head", "hhea", "hmtx", "maxp", "loca", "glyf", "cmap"] where tables[tag] == nil {
            if tag == "glyf" || tag == "loca" { throw .unsupportedFont("\(path) has no TrueType outlines (glyf)") }
            throw .malformedFont("\(path) has no \(tag) table")
        }
        self.file = file
        self.tables = tables
        self.path = path
        postScriptName = names.postScript
        familyName = names.family
        let head = tables["head"]!.offset
        unitsPerEm = Int(try file.u16(head + 18))
        guard unitsPerEm > 0 else { throw .malformedFont("unitsPerEm is 0") }
        boundingBox = try [36, 38, 40, 42].map { field throws(PDFError) in Int(try file.i16(head + field)) }
        longLoca = try file.i16(head + 50) == 1
        let hhea = tables["hhea"]!.offset
        ascender = Int(try file.i16(hhea + 4))
        descender = Int(try file.i16(hhea + 6))
        horizontalMetricCount = Int(try file.u16(hhea + 34))
        glyphCount = Int(try file.u16(tables["maxp"]!.offset + 4))
        guard horizontalMetricCount > 0, horizontalMetricCount <= glyphCount else {
            throw .malformedFont("numberOfHMetrics \(horizontalMetricCount) of \(glyphCount) glyphs")
        }
        if let os2 = tables["OS/2"], try file.u16(os2.offset) >= 2, os2.length >= 90 {
            capHeight = Int(try file.i16(os2.offset + 88))
        } else {
            capHeight = ascender
        }
        if let post = tables["post"] {
            italicAngle = Double(try file.i16(post.offset + 4)) + Double(try file.u16(post.offset + 6)) / 65536
        } else {
            italicAngle = 0
        }
        characterMap = try CharacterMap(file, table: tables["cmap"]!)
    }

    private static func tableDirectory(_ file: FontBytes, at offset: Int) throws(PDFError)
        -> [String: (offset: Int, length: Int)] {
        let count = Int(try file.u16(offset + 4))
        var tables: [String: (offset: Int, length: Int)] = [:]
        for index in 0 ..< count {
            let record = offset + 12 + 16 * index
            let tag = String(decoding: try file.slice(record, 4), as: UTF8.self)
            let start = Int(try file.u32(record + 8))
            let length = Int(try file.u32(record + 12))
            _ = try file.slice(start, length)
            tables[tag] = (start, length)
        }
        return tables
    }

    /// The glyph for a character, or nil when the face has none.
    public func glyph(for scalar: Unicode.Scalar) -> Int? {
        guard let glyph = characterMap.glyph(for: scalar.value), glyph > 0, glyph < glyphCount else { return nil }
        return glyph
    }

    /// A glyph's advance in font units.
    public func advance(of glyph: Int) -> Int {
        let hmtx = tables["hmtx"]!.offset
        let entry = min(glyph, horizontalMetricCount - 1)
        return Int((try? file.u16(hmtx + 4 * entry)) ?? 0)
    }

    /// A glyph's left side bearing in font units.
    func leftSideBearing(of glyph: Int) -> Int16 {
        let hmtx = tables["hmtx"]!.offset
        if glyph < horizontalMetricCount { return (try? file.i16(hmtx + 4 * glyph + 2)) ?? 0 }
        return (try? file.i16(hmtx + 4 * horizontalMetricCount + 2 * (glyph - horizontalMetricCount))) ?? 0
    }

    /// The outline bytes of a glyph (empty for a glyph without contours, such as a space).
    func outline(of glyph: Int) throws(PDFError) -> ArraySlice<UInt8> {
        let loca = tables["loca"]!.offset
        let start: Int, end: Int
        if longLoca {
            start = Int(try file.u32(loca + 4 * glyph)); end = Int(try file.u32(loca + 4 * glyph + 4))
        } else {
            start = Int(try file.u16(loca + 2 * glyph)) * 2; end = Int(try file.u16(loca + 2 * glyph + 2)) * 2
        }
        guard end >= start else { throw .malformedFont("glyph \(glyph) has a negative length") }
        return try file.slice(tables["glyf"]!.offset + start, end - start)
    }

    /// A table's bytes, when present.
    func table(_ tag: String) -> ArraySlice<UInt8>? {
        guard let entry = tables[tag] else { return nil }
        return try? file.slice(entry.offset, entry.length)
    }
}

/// The names of a face from its `name` table (Windows Unicode records first, then Macintosh).
struct FaceNames {
    var family = ""
    var full = ""
    var postScript = ""

    init(_ file: FontBytes, table: (offset: Int, length: Int)?) throws(PDFError) {
        guard let table else { return }
        let count = Int(try file.u16(table.offset + 2))
        let strings = table.offset + Int(try file.u16(table.offset + 4))
        var found: [Int: String] = [:]
        for index in 0 ..< count {
            let record = table.offset + 6 + 12 * index
            let platform = try file.u16(record), encoding = try file.u16(record + 2)
            let language = try file.u16(record + 4), nameId = Int(try file.u16(record + 6))
            let length = Int(try file.u16(record + 8)), offset = Int(try file.u16(record + 10))
            guard [1, 4, 6].contains(nameId) else { continue }
            let raw = try file.slice(strings + offset, length)
            if platform == 3, encoding == 1 || encoding == 10, language == 0x0409 || found[nameId] == nil {
                var units: [UInt16] = []
                var bytes = Array(raw)
                if bytes.count % 2 == 1 { bytes.removeLast() }
                for index in stride(from: 0, to: bytes.count, by: 2) {
                    units.append(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
                }
                found[nameId] = String(decoding: units, as: UTF16.self)
            } else if platform == 1, encoding == 0, found[nameId] == nil {
                found[nameId] = String(decoding: raw.filter { $0 < 0x80 }, as: UTF8.self)
            }
        }
        family = found[1] ?? ""
        full = found[4] ?? family
        postScript = found[6] ?? family
    }

    func matches(_ name: String) -> Bool {
        family.contains(name) || full.contains(name) || postScript.contains(name)
    }
}
