import Foundation

/// Where each entry's stored bytes lie in a zip, read from its central directory and local
/// headers with every offset bounds-checked. `SafeExtractor` inflates exactly those bytes, because
/// ZIPFoundation 0.9.20 reads on to the end of the file when a deflate stream does not end, and
/// then loops for ever at end of file (found by the fuzzer: a 9 KB pack hung `import pack`).
struct ZipDirectory {
    /// Entry name → the range of its stored (usually deflated) bytes in the archive.
    let ranges: [String: Range<Int>]

    /// Nil when the directory cannot be read as a plain (non-ZIP64) zip. Reads only the file's
    /// tail, its central directory and each local header, never the entries' contents.
    init?(_ reader: ArchiveBytes.Reader, size: Int) {
        func uint16(_ bytes: [UInt8], _ at: Int) -> Int? {
            guard at >= 0, at + 2 <= bytes.count else { return nil }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8
        }
        func uint32(_ bytes: [UInt8], _ at: Int) -> Int? {
            guard let low = uint16(bytes, at), let high = uint16(bytes, at + 2) else { return nil }
            return low | high << 16
        }
        func read(_ range: Range<Int>) -> [UInt8]? {
            guard range.lowerBound >= 0, range.upperBound <= size, let data = try? reader.read(range),
                  data.count == range.count else { return nil }
            return [UInt8](data)
        }
        // The end-of-central-directory record: the last one, within a maximal comment's reach.
        let tailStart = max(0, size - 22 - 0xFFFF)
        guard let tail = read(tailStart..<size), tail.count >= 22,
              let end = stride(from: tail.count - 22, through: 0, by: -1).first(where: { uint32(tail, $0) == 0x0605_4B50 }),
              let count = uint16(tail, end + 10), let directoryStart = uint32(tail, end + 16), directoryStart != 0xFFFF_FFFF,
              directoryStart <= tailStart + end, let directory = read(directoryStart..<(tailStart + end)) else { return nil }
        var ranges: [String: Range<Int>] = [:]
        var at = 0
        for _ in 0..<count {
            guard uint32(directory, at) == 0x0201_4B50, let stored = uint32(directory, at + 20),
                  let nameLength = uint16(directory, at + 28), let extraLength = uint16(directory, at + 30),
                  let commentLength = uint16(directory, at + 32), let local = uint32(directory, at + 42),
                  stored != 0xFFFF_FFFF, local != 0xFFFF_FFFF, at + 46 + nameLength <= directory.count,
                  let header = read(local..<(local + 30)), uint32(header, 0) == 0x0403_4B50,
                  let localName = uint16(header, 26), let localExtra = uint16(header, 28)
            else { return nil }
            let start = local + 30 + localName + localExtra
            guard start + stored <= size else { return nil }
            let name = String(decoding: directory[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            // The first of a repeated name: the extractor refuses the repeat as a duplicate.
            if ranges[name] == nil { ranges[name] = start..<(start + stored) }
            at += 46 + nameLength + extraLength + commentLength
        }
        self.ranges = ranges
    }
}
