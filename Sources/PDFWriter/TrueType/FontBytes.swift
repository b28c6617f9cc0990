/// Big-endian reads from a font file, bounds-checked so a damaged file is an error, not a crash.
struct FontBytes: Sendable {
    let bytes: [UInt8]

    func u8(_ offset: Int) throws(PDFError) -> UInt8 {
        guard offset >= 0, offset < bytes.count else { throw .malformedFont("read past the end at \(offset)") }
        return bytes[offset]
    }

    func u16(_ offset: Int) throws(PDFError) -> UInt16 {
        guard offset >= 0, offset + 2 <= bytes.count else { throw .malformedFont("read past the end at \(offset)") }
        return UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
    }

    func i16(_ offset: Int) throws(PDFError) -> Int16 { Int16(bitPattern: try u16(offset)) }

    func u32(_ offset: Int) throws(PDFError) -> UInt32 {
        guard offset >= 0, offset + 4 <= bytes.count else { throw .malformedFont("read past the end at \(offset)") }
        return UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16
            | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }

    func slice(_ offset: Int, _ length: Int) throws(PDFError) -> ArraySlice<UInt8> {
        guard offset >= 0, length >= 0, offset + length <= bytes.count else {
            throw .malformedFont("table at \(offset)+\(length) past the end")
        }
        return bytes[offset ..< offset + length]
    }
}

extension Array where Element == UInt8 {
    mutating func appendU16(_ value: UInt16) { append(UInt8(value >> 8)); append(UInt8(value & 0xFF)) }
    mutating func appendU32(_ value: UInt32) {
        append(UInt8(value >> 24)); append(UInt8((value >> 16) & 0xFF))
        append(UInt8((value >> 8) & 0xFF)); append(UInt8(value & 0xFF))
    }
    mutating func setU16(_ value: UInt16, at offset: Int) {
        self[offset] = UInt8(value >> 8); self[offset + 1] = UInt8(value & 0xFF)
    }
    mutating func setU32(_ value: UInt32, at offset: Int) {
        self[offset] = UInt8(value >> 24); self[offset + 1] = UInt8((value >> 16) & 0xFF)
        self[offset + 2] = UInt8((value >> 8) & 0xFF); self[offset + 3] = UInt8(value & 0xFF)
    }
}
