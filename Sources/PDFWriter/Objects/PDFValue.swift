/// A PDF object (ISO 32000-1, 7.3), written in one canonical way so that the same document
/// always gives the same bytes.
public indirect enum PDFValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    /// Written with at most three decimals (a thousandth of a point is far below what prints).
    case real(Double)
    case name(String)
    /// A text string in PDF's own encoding: ASCII is kept, anything else becomes UTF-16BE with a BOM.
    case text(String)
    /// Raw bytes as a hexadecimal string (glyph codes, identifiers).
    case hex([UInt8])
    case array([PDFValue])
    case dictionary(PDFDictionary)
    /// An indirect reference to object `n`, generation 0.
    case reference(Int)

    /// The value as PDF syntax.
    public func write(into out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: Array("null".utf8))
        case let .bool(value): out.append(contentsOf: Array((value ? "true" : "false").utf8))
        case let .int(value): out.append(contentsOf: Array(String(value).utf8))
        case let .real(value): out.append(contentsOf: Array(PDFNumber.format(value).utf8))
        case let .name(name): Self.writeName(name, into: &out)
        case let .text(text): Self.writeText(text, into: &out)
        case let .hex(bytes): Self.writeHex(bytes, into: &out)
        case let .array(values):
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: " ")) }
                value.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let .dictionary(dictionary): dictionary.write(into: &out)
        case let .reference(number): out.append(contentsOf: Array("\(number) 0 R".utf8))
        }
    }

    public var bytes: [UInt8] {
        var out: [UInt8] = []
        write(into: &out)
        return out
    }

    /// Names escape everything outside printable ASCII and the delimiters as `#xx` (7.3.5).
    private static func writeName(_ name: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "/"))
        for byte in name.utf8 {
            let delimiter = "()<>[]{}/%#".utf8.contains(byte)
            if byte < 0x21 || byte > 0x7E || delimiter {
                out.append(UInt8(ascii: "#"))
                out.append(contentsOf: hexDigits(byte))
            } else {
                out.append(byte)
            }
        }
    }

    private static func writeText(_ text: String, into out: inout [UInt8]) {
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            out.append(UInt8(ascii: "("))
            for byte in text.utf8 {
                if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\\") {
                    out.append(UInt8(ascii: "\\"))
                }
                out.append(byte)
            }
            out.append(UInt8(ascii: ")"))
        } else {
            var utf16: [UInt8] = [0xFE, 0xFF]
            for unit in text.utf16 { utf16.append(UInt8(unit >> 8)); utf16.append(UInt8(unit & 0xFF)) }
            writeHex(utf16, into: &out)
        }
    }

    private static func writeHex(_ bytes: [UInt8], into out: inout [UInt8]) {
        out.append(UInt8(ascii: "<"))
        for byte in bytes { out.append(contentsOf: hexDigits(byte)) }
        out.append(UInt8(ascii: ">"))
    }

    static func hexDigits(_ byte: UInt8) -> [UInt8] {
        let digits = Array("0123456789ABCDEF".utf8)
        return [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
    }
}

/// A dictionary that keeps its keys in insertion order, so output does not depend on hashing.
public struct PDFDictionary: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    public private(set) var entries: [(key: String, value: PDFValue)]

    public init(dictionaryLiteral elements: (String, PDFValue)...) {
        entries = elements.map { (key: $0.0, value: $0.1) }
    }

    public subscript(key: String) -> PDFValue? {
        get { entries.first { $0.key == key }?.value }
        set {
            if let index = entries.firstIndex(where: { $0.key == key }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((key: key, value: newValue))
            }
        }
    }

    func write(into out: inout [UInt8]) {
        out.append(contentsOf: Array("<<".utf8))
        for entry in entries {
            PDFValue.name(entry.key).write(into: &out)
            out.append(UInt8(ascii: " "))
            entry.value.write(into: &out)
            out.append(UInt8(ascii: " "))
        }
        out.append(contentsOf: Array(">>".utf8))
    }

    public static func == (lhs: PDFDictionary, rhs: PDFDictionary) -> Bool {
        lhs.entries.map(\.key) == rhs.entries.map(\.key) && lhs.entries.map(\.value) == rhs.entries.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        for entry in entries { hasher.combine(entry.key); hasher.combine(entry.value) }
    }
}

/// Numbers in content streams and objects: fixed precision, no exponent, no locale.
public enum PDFNumber {
    public static func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = abs(thousandths)
        let whole = magnitude / 1000
        var fraction = magnitude % 1000
        if fraction == 0 { return thousandths == 0 ? "0" : "\(sign)\(whole)" }
        var digits = 3
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let padded = String(fraction)
        let zeros = String(repeating: "0", count: digits - padded.count)
        return "\(sign)\(whole).\(zeros)\(padded)"
    }
}
