import FieldbookCore

/// A JSON value as the line parser sees it. Numbers keep their text so that an integer field can
/// refuse `1.5` and a large integer loses no digits.
enum JSONScanned {
    case null
    case bool(Bool)
    case number(String, integral: Bool)
    case string(String)
    case array([JSONScanned])
    /// A nested object: checked to be valid JSON, its content not kept (no record field holds one).
    case object
}

/// Why a line is not a valid record: a short English phrase (the bilingual message around it
/// comes from `BundleProblem.invalidLine`).
public struct LineProblem: Error, Equatable, Sendable {
    public var detail: String
}

/// A strict RFC 8259 reader over UTF-8 bytes: everything JSONSerialization refuses is refused
/// (control characters in strings, unpaired surrogates, invalid UTF-8, leading zeros, trailing
/// commas, anything after the value), with the byte offset of the fault.
struct JSONScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    private var depth = 0
    private static let maxDepth = 64

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    func fail(_ what: String) -> LineProblem {
        LineProblem(detail: "not JSON: \(what) at byte \(position + 1)")
    }

    mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// Checks that only whitespace is left.
    mutating func end() throws {
        skipSpace()
        guard position == bytes.count else { throw fail("unexpected text after the value") }
    }

    mutating func value() throws -> JSONScanned {
        skipSpace()
        guard position < bytes.count else { throw fail("unexpected end") }
        switch bytes[position] {
        case 0x22: return .string(try string())
        case 0x7B:
            try object { _, scanner in _ = try scanner.value() }
            return .object
        case 0x5B: return .array(try array())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), 0x30...0x39: return try number()
        default: throw fail("unexpected character")
        }
    }

    /// Reads an object, handing each key to `member` with the scanner before its value; `member`
    /// must read the value.
    mutating func object(_ member: (String, inout JSONScanner) throws -> Void) throws {
        skipSpace()
        guard position < bytes.count, bytes[position] == 0x7B else { throw fail("expected an object") }
        try nest()
        position += 1
        skipSpace()
        if position < bytes.count, bytes[position] == 0x7D {
            position += 1
            depth -= 1
            return
        }
        while true {
            skipSpace()
            guard position < bytes.count, bytes[position] == 0x22 else { throw fail("expected a key") }
            let key = try string()
            skipSpace()
            guard position < bytes.count, bytes[position] == 0x3A else { throw fail("expected ':'") }
            position += 1
            try member(key, &self)
            skipSpace()
            guard position < bytes.count else { throw fail("unexpected end") }
            if bytes[position] == 0x2C { position += 1; continue }
            guard bytes[position] == 0x7D else { throw fail("expected ',' or '}'") }
            position += 1
            depth -= 1
            return
        }
    }

    mutating func array() throws -> [JSONScanned] {
        try nest()
        position += 1
        var items: [JSONScanned] = []
        skipSpace()
        if position < bytes.count, bytes[position] == 0x5D {
            position += 1
            depth -= 1
            return items
        }
        while true {
            items.append(try value())
            skipSpace()
            guard position < bytes.count else { throw fail("unexpected end") }
            if bytes[position] == 0x2C { position += 1; continue }
            guard bytes[position] == 0x5D else { throw fail("expected ',' or ']'") }
            position += 1
            depth -= 1
            return items
        }
    }

    private mutating func nest() throws {
        depth += 1
        guard depth <= Self.maxDepth else { throw fail("nested too deeply") }
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count,
              word.withUTF8Buffer({ $0.elementsEqual(bytes[position..<position + count]) }) else {
            throw fail("unexpected character")
        }
        position += count
    }

    private mutating func number() throws -> JSONScanned {
        let start = position
        var integral = true
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else { throw fail("expected a digit") }
        if bytes[position] == 0x30 {
            position += 1
        } else {
            skipDigits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            integral = false
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else { throw fail("expected a digit") }
            skipDigits()
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            integral = false
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < bytes.count, isDigit(bytes[position]) else { throw fail("expected a digit") }
            skipDigits()
        }
        return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self),
                       integral: integral)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private mutating func skipDigits() {
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }

    mutating func string() throws -> String {
        position += 1
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x22 {
                let text = try validated(UnsafeBufferPointer(rebasing: bytes[start..<position]))
                position += 1
                return text
            }
            if byte == 0x5C || byte < 0x20 { break }
            position += 1
        }
        var buffer = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case 0x22:
                position += 1
                return try buffer.withUnsafeBufferPointer { try validated($0) }
            case 0x5C:
                try escape(into: &buffer)
            case ..<0x20:
                throw fail("control character in a string")
            default:
                buffer.append(byte)
                position += 1
            }
        }
        throw fail("unterminated string")
    }

    private mutating func escape(into buffer: inout [UInt8]) throws {
        position += 1
        guard position < bytes.count else { throw fail("unterminated string") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case 0x22, 0x5C, 0x2F: buffer.append(byte)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            var code = try hex4()
            if (0xD800...0xDBFF).contains(code) {
                guard position + 1 < bytes.count, bytes[position] == 0x5C, bytes[position + 1] == UInt8(ascii: "u") else {
                    throw fail("unpaired surrogate")
                }
                position += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw fail("unpaired surrogate") }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(code) {
                throw fail("unpaired surrogate")
            }
            buffer.append(contentsOf: String(Character(Unicode.Scalar(code)!)).utf8)
        default:
            throw fail("invalid escape")
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw fail("unterminated string") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw fail("invalid \\u escape")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    private func validated(_ utf8: UnsafeBufferPointer<UInt8>) throws -> String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: utf8, as: UTF8.self) }
        guard let text = String(validating: utf8, as: UTF8.self) else { throw fail("invalid UTF-8") }
        return text
    }
}
