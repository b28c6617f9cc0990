import GRDB

/// What a file is, decided from its first bytes (a name can say `.jpg` over anything).
/// Only the kinds the interface treats differently are named; everything else is a plain file.
public enum AttachmentMediaType: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    case jpeg = "image/jpeg"
    case png = "image/png"
    case heic = "image/heic"
    case pdf = "application/pdf"
    case other = "application/octet-stream"

    /// How many leading bytes `sniff` looks at.
    public static let sniffLength = 32

    public static func sniff(_ head: some Collection<UInt8>) -> AttachmentMediaType {
        let bytes = Array(head.prefix(sniffLength))
        func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + magic.count && Array(bytes[offset..<offset + magic.count]) == magic
        }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        // ISO base media: a box size, "ftyp", the major brand, a version, compatible brands.
        // HEIF stills from phones say heic/heix (HEVC) or mif1 with heic among the compatible brands.
        if starts(Array("ftyp".utf8), at: 4) {
            let heicBrands: Set<String> = ["heic", "heix", "heim", "heis", "hevc", "hevx"]
            let boxSize = bytes.count >= 4 ? Int(bytes[0]) << 24 | Int(bytes[1]) << 16 | Int(bytes[2]) << 8 | Int(bytes[3]) : 0
            var brands: [String] = []
            var at = 8
            while at + 4 <= min(bytes.count, max(boxSize, 12)) {
                if at != 12 { brands.append(String(decoding: bytes[at..<at + 4], as: UTF8.self)) }
                at += 4
            }
            if let major = brands.first, heicBrands.contains(major) { return .heic }
            if let major = brands.first, major == "mif1" || major == "msf1",
               brands.dropFirst().contains(where: heicBrands.contains) { return .heic }
        }
        return .other
    }

    /// A short name for lists.
    public var label: String {
        switch self {
        case .jpeg: "JPEG"
        case .png: "PNG"
        case .heic: "HEIC"
        case .pdf: "PDF"
        case .other: "file"
        }
    }
}
