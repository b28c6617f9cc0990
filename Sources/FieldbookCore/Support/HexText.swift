/// Bytes as lowercase hexadecimal text (SHA-256 digests name files and fill manifests).
/// Written by hand: `String(format: "%02x")` per byte went through Foundation's formatter, and
/// was 7 % of an HQ import's CPU (docs/performance.md, "HQ import under 8 ms a bundle").
public enum HexText {
    public static func lowercase<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
