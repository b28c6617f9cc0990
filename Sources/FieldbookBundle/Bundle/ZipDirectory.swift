import Foundation

/// Where each entry's stored bytes lie in a zip, read from its central directory and local
/// headers with every offset bounds-checked. `SafeExtractor` inflates exactly those bytes, because
/// ZIPFoundation 0.9.20 reads on to the end of the file when a deflate stream does not end, and
/// then loops for ever at end of file (found by the fuzzer: a 9 KB pack hung `import pack`).
struct ZipDirectory {
    /// Entry name → the range of its stored (usually deflated) bytes in the archive.
    let ranges: [String: Range<Int>]

    /// Nil when the directory cannot be read as a plain (non-ZIP64) zip.
    init?(_ data: Data) {
        let bytes = [UInt8](data)
        func uint16(_ at: Int) -> Int? {
            guard at >= 0, at + 2 <= bytes.count else { return nil }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8
        }
        func uint32(_ at: Int) -> Int? {
            guard let low = uint16(at), let high = uint16(at + 2) else { return nil }
            return low | high << 16
        }
        // The end-of-central-directory record: the last one, within a maximal comment's reach.
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        guard let end = stride(from: bytes.count - 22, through: lowest, by: -1).first(where: { uint32($0) == 0x0605_4B50 }),
              let count = uint16(end + 10), var at = uint32(end + 16), at != 0xFFFF_FFFF else { return nil }
        var ranges: [String: Range<Int>] = [:]
        for _ in 0..<count {
            guard uint32(at) == 0x0201_4B50, let size = uint32(at + 20), let nameLength = uint16(at + 28),
                  let extraLength = uint16(at + 30), let commentLength = uint16(at + 32),
                  let local = uint32(at + 42), size != 0xFFFF_FFFF, local != 0xFFFF_FFFF,
                  at + 46 + nameLength <= bytes.count,
                  uint32(local) == 0x0403_4B50, let localName = uint16(local + 26), let localExtra = uint16(local + 28)
            else { return nil }
            let start = local + 30 + localName + localExtra
            guard start + size <= bytes.count else { return nil }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            // The first of a repeated name: the extractor refuses the repeat as a duplicate.
            if ranges[name] == nil { ranges[name] = start..<(start + size) }
            at += 46 + nameLength + extraLength + commentLength
        }
        self.ranges = ranges
    }
}
