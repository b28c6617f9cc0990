/// The file structure: numbered objects, the cross-reference table and the trailer
/// (ISO 32000-1, 7.5). Objects are numbered by `reserve()` and may be filled in any order; they
/// are written in number order, so the bytes depend only on what was put in.
public struct PDFFile: Sendable {
    private var bodies: [[UInt8]?] = []

    public init() {}

    /// A new object number, to be filled with `set` or `setStream` before `bytes`.
    public mutating func reserve() -> Int {
        bodies.append(nil)
        return bodies.count
    }

    public mutating func set(_ number: Int, _ value: PDFValue) {
        bodies[number - 1] = value.bytes
    }

    /// A stream object; `compress` applies Flate when it makes the data smaller.
    public mutating func setStream(_ number: Int, dictionary: PDFDictionary = [:], data: [UInt8],
                                   compress: Bool = true) {
        var dictionary = dictionary
        var payload = data
        if compress, let packed = Flate.compress(data), packed.count < data.count {
            payload = packed
            dictionary["Filter"] = .name("FlateDecode")
        }
        dictionary["Length"] = .int(payload.count)
        var body = PDFValue.dictionary(dictionary).bytes
        body.append(contentsOf: Array("\nstream\n".utf8))
        body.append(contentsOf: payload)
        body.append(contentsOf: Array("\nendstream".utf8))
        bodies[number - 1] = body
    }

    /// Adds and fills an object in one step.
    public mutating func add(_ value: PDFValue) -> Int {
        let number = reserve()
        set(number, value)
        return number
    }

    /// The whole file. Every reserved object must have been filled.
    public func bytes(root: Int, info: Int?) throws(PDFError) -> [UInt8] {
        var out = Array("%PDF-1.7\n%".utf8)
        // Four bytes above 127 mark the file as binary for transfer programs (7.5.2).
        out.append(contentsOf: [0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
        var offsets: [Int] = []
        for (index, body) in bodies.enumerated() {
            guard let body else { throw .unfilledObject(index + 1) }
            offsets.append(out.count)
            out.append(contentsOf: Array("\(index + 1) 0 obj\n".utf8))
            out.append(contentsOf: body)
            out.append(contentsOf: Array("\nendobj\n".utf8))
        }
        let xref = out.count
        out.append(contentsOf: Array("xref\n0 \(bodies.count + 1)\n0000000000 65535 f\r\n".utf8))
        for offset in offsets {
            let digits = String(offset)
            out.append(contentsOf: Array((String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n\r\n").utf8))
        }
        var trailer: PDFDictionary = ["Size": .int(bodies.count + 1), "Root": .reference(root)]
        if let info { trailer["Info"] = .reference(info) }
        out.append(contentsOf: Array("trailer\n".utf8))
        out.append(contentsOf: PDFValue.dictionary(trailer).bytes)
        out.append(contentsOf: Array("\nstartxref\n\(xref)\n%%EOF\n".utf8))
        return out
    }
}
