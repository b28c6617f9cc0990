/// A face's `cmap`: Unicode → glyph, from a format 12 (full Unicode) or format 4 (BMP) subtable.
struct CharacterMap: Sendable {
    private var groups: [(start: UInt32, end: UInt32, glyph: UInt32)] = []
    /// Format 4 segments: the glyph is computed per character (idDelta / idRangeOffset).
    private var segments: [(start: UInt32, end: UInt32, delta: UInt16, rangeOffsetAt: Int?)] = []
    private let file: FontBytes

    init(_ file: FontBytes, table: (offset: Int, length: Int)) throws(PDFError) {
        self.file = file
        let count = Int(try file.u16(table.offset + 2))
        var format4: Int?, format12: Int?
        for index in 0 ..< count {
            let record = table.offset + 4 + 8 * index
            let platform = try file.u16(record), encoding = try file.u16(record + 2)
            let subtable = table.offset + Int(try file.u32(record + 4))
            let format = try file.u16(subtable)
            let unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
            guard unicode else { continue }
            if format == 12, format12 == nil { format12 = subtable }
            if format == 4, format4 == nil { format4 = subtable }
        }
        if let format12 {
            let groupCount = Int(try file.u32(format12 + 12))
            for index in 0 ..< groupCount {
                let group = format12 + 16 + 12 * index
                groups.append((try file.u32(group), try file.u32(group + 4), try file.u32(group + 8)))
            }
        } else if let format4 {
            let segmentCount = Int(try file.u16(format4 + 6)) / 2
            let ends = format4 + 14, starts = ends + 2 * segmentCount + 2
            let deltas = starts + 2 * segmentCount, rangeOffsets = deltas + 2 * segmentCount
            for index in 0 ..< segmentCount {
                let rangeOffset = Int(try file.u16(rangeOffsets + 2 * index))
                segments.append((UInt32(try file.u16(starts + 2 * index)), UInt32(try file.u16(ends + 2 * index)),
                                 try file.u16(deltas + 2 * index),
                                 rangeOffset == 0 ? nil : rangeOffsets + 2 * index + rangeOffset))
            }
        } else {
            throw .unsupportedFont("no Unicode character map")
        }
    }

    func glyph(for code: UInt32) -> Int? {
        if !groups.isEmpty {
            var low = 0, high = groups.count - 1
            while low <= high {
                let middle = (low + high) / 2
                let group = groups[middle]
                if code < group.start { high = middle - 1 } else if code > group.end { low = middle + 1 } else {
                    return Int(group.glyph + code - group.start)
                }
            }
            return nil
        }
        // The first segment ending at or after `code` holds it, if any does.
        var low = 0, high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].end < code { low = middle + 1 } else { high = middle }
        }
        guard low < segments.count, segments[low].start <= code else { return nil }
        let segment = segments[low]
        guard let rangeOffsetAt = segment.rangeOffsetAt else {
            return Int(UInt16(truncatingIfNeeded: code &+ UInt32(segment.delta)))
        }
        guard let raw = try? file.u16(rangeOffsetAt + 2 * Int(code - segment.start)), raw != 0 else { return nil }
        return Int(raw &+ segment.delta)
    }
}
