/// Reads one thing from a JPEG: EXIF `DateTimeOriginal` (tag 0x9003), when the photo was taken.
///
/// Hand-written rather than a library: no EXIF package is in the dependency mirror, and a general
/// metadata parser would walk much more of an untrusted file than the one field Fieldbook keeps.
/// This reader follows only the path to that field — JPEG markers up to the `Exif` APP1 segment,
/// the TIFF header, IFD0, the Exif sub-IFD pointer (0x8769), that IFD's entries — and checks
/// every offset and count against the segment's bounds before reading, visits each IFD at most
/// once, and gives up (nil) at the first thing that does not fit. It never traps on any input
/// (`scripts/fuzz exif` runs it under AddressSanitizer).
public enum ExifCaptureTime {
    /// The capture time as `YYYY-MM-DDTHH:MM:SS` (the camera's local time; EXIF has no zone),
    /// or nil when `jpeg` has none or it is not a plausible date and time.
    public static func read(_ jpeg: some Collection<UInt8>) -> String? {
        let bytes = Array(jpeg)
        guard let tiff = exifSegment(bytes) else { return nil }
        return dateTimeOriginal(tiff: bytes[tiff])
    }

    /// The byte range of the TIFF structure inside the first `Exif\0\0` APP1 segment.
    static func exifSegment(_ bytes: [UInt8]) -> Range<Int>? {
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var at = 2
        // Markers until the image data starts (SOS) or the bytes end.
        while at + 4 <= bytes.count {
            guard bytes[at] == 0xFF else { return nil }
            let marker = bytes[at + 1]
            if marker == 0xFF { at += 1; continue }   // fill byte
            if marker == 0xD8 || (0xD0...0xD7).contains(marker) || marker == 0x01 { at += 2; continue }
            if marker == 0xDA || marker == 0xD9 { return nil }
            let length = Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
            guard length >= 2 else { return nil }
            let start = at + 4, end = at + 2 + length
            guard end <= bytes.count else { return nil }
            if marker == 0xE1, end - start >= 6, Array(bytes[start..<start + 6]) == [0x45, 0x78, 0x69, 0x66, 0, 0] {
                return (start + 6)..<end
            }
            at = end
        }
        return nil
    }

    static func dateTimeOriginal(tiff: ArraySlice<UInt8>) -> String? {
        let base = tiff.startIndex
        let count = tiff.count
        guard count >= 8 else { return nil }
        let little: Bool
        switch (tiff[base], tiff[base + 1]) {
        case (0x49, 0x49): little = true
        case (0x4D, 0x4D): little = false
        default: return nil
        }
        func u16(_ offset: Int) -> Int? {
            guard offset >= 0, offset <= count - 2 else { return nil }
            let a = Int(tiff[base + offset]), b = Int(tiff[base + offset + 1])
            return little ? a | b << 8 : a << 8 | b
        }
        func u32(_ offset: Int) -> Int? {
            guard let first = u16(offset), let second = u16(offset + 2) else { return nil }
            return little ? first | second << 16 : first << 16 | second
        }
        guard u16(2) == 42, let ifd0 = u32(4) else { return nil }
        /// The value offset of `tag`'s entry in the IFD at `offset`, with its type and count.
        func entry(_ tag: Int, inIFD offset: Int) -> (type: Int, count: Int, valueAt: Int)? {
            guard let entries = u16(offset), entries <= 1000 else { return nil }
            for index in 0..<entries {
                let at = offset + 2 + index * 12
                guard let found = u16(at) else { return nil }
                guard found == tag else { continue }
                guard let type = u16(at + 2), let n = u32(at + 4) else { return nil }
                // Values of four bytes or fewer sit in the entry itself; longer ones elsewhere.
                let size = n * (type == 2 || type == 1 || type == 7 ? 1 : 4)
                if size <= 4 { return (type, n, at + 8) }
                guard let pointer = u32(at + 8) else { return nil }
                return (type, n, pointer)
            }
            return nil
        }
        guard let pointer = entry(0x8769, inIFD: ifd0), pointer.type == 4 || pointer.type == 3,
              let exifIFD = pointer.type == 4 ? u32(pointer.valueAt) : u16(pointer.valueAt),
              exifIFD != ifd0, let date = entry(0x9003, inIFD: exifIFD), date.type == 2,
              date.count >= 19, date.valueAt >= 0, date.valueAt <= count - 19 else { return nil }
        let text = Array(tiff[(base + date.valueAt)..<(base + date.valueAt + 19)])
        return formatted(text)
    }

    /// `YYYY:MM:DD HH:MM:SS` → `YYYY-MM-DDTHH:MM:SS`, refusing blanks ("    :  :  ") and
    /// impossible values.
    static func formatted(_ text: [UInt8]) -> String? {
        guard text.count == 19, text[4] == 0x3A, text[7] == 0x3A, text[10] == 0x20, text[13] == 0x3A, text[16] == 0x3A
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in text[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              (1900...2999).contains(year), (1...12).contains(month), (1...31).contains(day),
              hour < 24, minute < 60, second < 61 else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))"
    }
}
