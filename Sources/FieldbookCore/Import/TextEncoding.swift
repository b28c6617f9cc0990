import Foundation

/// The encodings a registry spreadsheet arrives in: UTF-8 (with or without the BOM Excel adds)
/// or GB18030, which Chinese government offices' spreadsheets still commonly use.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8
    case gb18030

    /// GB18030 is not one of `String.Encoding`'s named cases. Its value is what
    /// `CFStringConvertEncodingToNSStringEncoding(kCFStringEncodingGB_18030_2000)` returns: the CF
    /// number 0x0632 with the high bit that marks a non-NS encoding. Written as a constant because
    /// the CF functions are not visible through Foundation on Linux; the same value works on macOS.
    static let gb18030Foundation = String.Encoding(rawValue: 0x8000_0632)

    private static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Decodes `data`. With no `encoding` given it detects one: bytes that are valid UTF-8 are
    /// UTF-8 (GB18030 text with any Chinese in it is almost never valid UTF-8), anything else is
    /// tried as GB18030. Returns the text (without a BOM) and the encoding used.
    public static func decode(_ data: Data, as encoding: TextEncoding? = nil) -> (text: String, encoding: TextEncoding)? {
        let hasBOM = data.starts(with: utf8BOM)
        if encoding != .gb18030 {
            let body = hasBOM ? data.dropFirst(utf8BOM.count) : data[...]
            if let text = String(validating: body, as: UTF8.self) {
                return (text, .utf8)
            }
            if encoding == .utf8 { return nil }
        }
        if hasBOM { return nil }  // a UTF-8 BOM in front of invalid UTF-8: neither encoding fits
        guard let text = String(data: data, encoding: gb18030Foundation) else { return nil }
        return (text, .gb18030)
    }

    /// Encodes `text` (used by tests and by exports for spreadsheets that want GB18030).
    public static func encode(_ text: String, as encoding: TextEncoding) -> Data? {
        switch encoding {
        case .utf8: return Data(text.utf8)
        case .gb18030: return text.data(using: gb18030Foundation)
        }
    }
}
