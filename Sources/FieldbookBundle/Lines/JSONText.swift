import FieldbookCore

/// JSON text written straight as UTF-8 bytes: what Foundation's encoder does per value, minus
/// its boxing (it costs ~50 µs a record on Linux; this, about one).
public enum JSONText {
    /// Appends `text` as a JSON string: quotes, backslashes and every control character escaped,
    /// everything else (Chinese, emoji, `/`) as its own UTF-8 bytes.
    public static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                appendEscape(byte, to: &out)
                start = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(0x22)
    }

    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(0x5C)
        switch byte {
        case 0x22: out.append(0x22)
        case 0x5C: out.append(0x5C)
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            out.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }

    public static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        out.append(contentsOf: String(value).utf8)
    }

    /// A finite number in the shortest form that reads back to the same `Double` (integral
    /// values without `.0`). JSON has no NaN or infinity: those are written as `null`.
    public static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        out.append(contentsOf: numberText(value).utf8)
    }

    static func numberText(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// `["a","b"]`: also the form a list column is stored in.
    public static func appendStringArray(_ values: [String], to out: inout [UInt8]) {
        out.append(0x5B)
        for (i, value) in values.enumerated() {
            if i > 0 { out.append(0x2C) }
            appendString(value, to: &out)
        }
        out.append(0x5D)
    }
}
