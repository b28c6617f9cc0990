import Foundation

/// Tiny evidence files made byte by byte for the attachment tests and the EXIF fuzz seeds: a
/// JPEG carrying only an EXIF DateTimeOriginal (little- or big-endian TIFF), and the first bytes
/// of a PNG, a PDF and a HEIC. Enough for sniffing and the EXIF reader; not meant to be viewed.
public enum EvidenceFiles {
    /// SOI, an `Exif` APP1 segment (IFD0 → Exif IFD → 0x9003 when `taken` is given), a little
    /// filler, EOI. `padding` bytes of filler make a file of a chosen size.
    public static func jpeg(taken: String? = "2024:05:20 09:41:07", bigEndian: Bool = false, padding: Int = 64) -> Data {
        func u16(_ v: Int) -> [UInt8] { bigEndian ? [UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] : [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func u32(_ v: Int) -> [UInt8] { bigEndian ? u16(v >> 16) + u16(v & 0xFFFF) : u16(v & 0xFFFF) + u16(v >> 16) }
        var tiff: [UInt8] = bigEndian ? [0x4D, 0x4D] : [0x49, 0x49]
        tiff += u16(42) + u32(8)
        if let taken {
            // IFD0 at 8: one entry, the Exif IFD pointer; the Exif IFD at 26: one entry, at 44 the text.
            tiff += u16(1) + u16(0x8769) + u16(4) + u32(1) + u32(26) + u32(0)
            tiff += u16(1) + u16(0x9003) + u16(2) + u32(20) + u32(44) + u32(0)
            tiff += Array(taken.utf8.prefix(19)) + [0]
        } else {
            tiff += u16(0) + u32(0)
        }
        let app1 = [0x45, 0x78, 0x69, 0x66, 0, 0] + tiff
        var bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE1] + [UInt8((app1.count + 2) >> 8), UInt8((app1.count + 2) & 0xFF)] + app1
        // A comment segment as filler (its bytes count toward the size), then EOI.
        var remaining = padding
        while remaining > 0 {
            let n = min(remaining, 60_000)
            bytes += [0xFF, 0xFE, UInt8((n + 2) >> 8), UInt8((n + 2) & 0xFF)] + [UInt8](repeating: 0x41, count: n)
            remaining -= n
        }
        return Data(bytes + [0xFF, 0xD9])
    }

    public static func png() -> Data {
        Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array("IHDR".utf8) + [UInt8](repeating: 1, count: 17))
    }

    public static func pdf() -> Data { Data("%PDF-1.4\n% evidence\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".utf8) }

    public static func heic() -> Data {
        Data([0, 0, 0, 0x18] + Array("ftypheic".utf8) + [0, 0, 0, 0] + Array("mif1heic".utf8) + [UInt8](repeating: 0, count: 16))
    }

    /// `count` bytes that do not compress (a photo's are like that), different for each `seed`.
    public static func noise(_ count: Int, seed: UInt64 = 1) -> Data {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        var bytes = [UInt8](repeating: 0, count: count)
        for i in 0..<count {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            bytes[i] = UInt8(truncatingIfNeeded: state)
        }
        return Data(bytes)
    }
}
