import CDeflate
import Foundation

/// Writes a zip file from entries whose bytes are ready (deflated already, or stored): local
/// header, the bytes copied as they are, and at the end the central directory. ZIP64 records
/// only where a size, an offset or the entry count does not fit in the classic fields, as the
/// format requires (`forceZip64` writes them for every entry, for the tests).
struct ZipWriter {
    enum Method: UInt16 { case stored = 0, deflated = 8 }

    private struct Written {
        var name: [UInt8]
        var method: Method
        var crc32: UInt32
        var size: Int64
        var compressedSize: Int64
        var offset: Int64
    }

    private let handle: FileHandle
    private let url: URL
    private let dosTime: UInt16
    private let dosDate: UInt16
    private let forceZip64: Bool
    private var offset: Int64 = 0
    private var written: [Written] = []
    private var pending: [UInt8] = []

    init(url: URL, modified: Date, forceZip64: Bool = false) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        self.url = url
        handle = try FileHandle(forWritingTo: url)
        self.forceZip64 = forceZip64
        // MS-DOS date and time, local time as zip tools show it (years before 1980 cannot be said).
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: modified)
        let year = max(0, (parts.year ?? 1980) - 1980)
        dosDate = UInt16(truncatingIfNeeded: year << 9 | (parts.month ?? 1) << 5 | (parts.day ?? 1))
        dosTime = UInt16(truncatingIfNeeded: (parts.hour ?? 0) << 11 | (parts.minute ?? 0) << 5 | (parts.second ?? 0) / 2)
    }

    /// Adds an entry whose bytes (deflated or stored, per `method`) are the file at `source`.
    mutating func add(_ path: String, method: Method, crc32: UInt32, size: Int64, compressedSize: Int64, from source: URL) throws {
        try header(path, method: method, crc32: crc32, size: size, compressedSize: compressedSize)
        let input = try FileHandle(forReadingFrom: source)
        defer { try? input.close() }
        var copied: Int64 = 0
        while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            try flushPending()
            try handle.write(contentsOf: chunk)
            copied += Int64(chunk.count)
        }
        // The file changed under us: the headers would lie about it.
        guard copied == compressedSize else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: source.path]) }
        offset += copied
    }

    /// Adds a small entry held in memory, deflated here.
    mutating func add(_ path: String, data: Data) throws {
        var deflated = [UInt8](repeating: 0, count: Int(compressBound(uLong(data.count))) + 64)
        var input = [UInt8](data)
        // zlib keeps a pointer to its stream: it must stay at one address, so it is allocated.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        var produced = 0
        var status: Int32 = deflateInit2_(stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                                          zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        input.withUnsafeMutableBufferPointer { source in
            deflated.withUnsafeMutableBufferPointer { target in
                stream.pointee.next_in = source.baseAddress
                stream.pointee.avail_in = uInt(source.count)
                stream.pointee.next_out = target.baseAddress
                stream.pointee.avail_out = uInt(target.count)
                status = deflate(stream, Z_FINISH)
                produced = target.count - Int(stream.pointee.avail_out)
            }
        }
        deflateEnd(stream)
        guard status == Z_STREAM_END else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        let crc = input.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        try header(path, method: .deflated, crc32: crc, size: Int64(data.count), compressedSize: Int64(produced))
        pending += deflated[..<produced]
        offset += Int64(produced)
    }

    /// Writes the central directory and closes the file.
    mutating func finish() throws {
        let directoryStart = offset
        for entry in written {
            let bigSize = forceZip64 || entry.size >= 0xFFFF_FFFF || entry.compressedSize >= 0xFFFF_FFFF
            let bigOffset = forceZip64 || entry.offset >= 0xFFFF_FFFF
            var extra: [UInt8] = []
            if bigSize { append64(entry.size, to: &extra); append64(entry.compressedSize, to: &extra) }
            if bigOffset { append64(entry.offset, to: &extra) }
            var record: [UInt8] = []
            append32(0x0201_4B50, to: &record)
            append16(bigSize || bigOffset ? 0x032D : 0x0314, to: &record)  // made by: Unix, spec 4.5 / 2.0
            append16(bigSize || bigOffset ? 45 : 20, to: &record)
            append16(0x0800, to: &record)  // names are UTF-8
            append16(entry.method.rawValue, to: &record)
            append16(dosTime, to: &record)
            append16(dosDate, to: &record)
            append32(entry.crc32, to: &record)
            append32(bigSize ? 0xFFFF_FFFF : UInt32(entry.compressedSize), to: &record)
            append32(bigSize ? 0xFFFF_FFFF : UInt32(entry.size), to: &record)
            append16(UInt16(entry.name.count), to: &record)
            append16(extra.isEmpty ? 0 : UInt16(extra.count + 4), to: &record)
            append16(0, to: &record)  // comment
            append16(0, to: &record)  // disk
            append16(0, to: &record)  // internal attributes
            append32(UInt32(0o100600) << 16, to: &record)  // a regular file, owner read/write
            append32(bigOffset ? 0xFFFF_FFFF : UInt32(entry.offset), to: &record)
            record += entry.name
            if !extra.isEmpty {
                append16(0x0001, to: &record)
                append16(UInt16(extra.count), to: &record)
                record += extra
            }
            pending += record
            offset += Int64(record.count)
            if pending.count >= 1 << 20 { try flushPending() }
        }
        let directorySize = offset - directoryStart
        let count = written.count
        let zip64 = forceZip64 || count >= 0xFFFF || directorySize >= 0xFFFF_FFFF || directoryStart >= 0xFFFF_FFFF
        if zip64 {
            let recordStart = offset
            var record: [UInt8] = []
            append32(0x0606_4B50, to: &record)
            append64(44, to: &record)
            append16(0x032D, to: &record)
            append16(45, to: &record)
            append32(0, to: &record)
            append32(0, to: &record)
            append64(Int64(count), to: &record)
            append64(Int64(count), to: &record)
            append64(directorySize, to: &record)
            append64(directoryStart, to: &record)
            append32(0x0706_4B50, to: &record)  // locator
            append32(0, to: &record)
            append64(recordStart, to: &record)
            append32(1, to: &record)
            pending += record
            offset += Int64(record.count)
        }
        var end: [UInt8] = []
        append32(0x0605_4B50, to: &end)
        append16(0, to: &end)
        append16(0, to: &end)
        // With a ZIP64 end record, the classic fields say "see there" (what readers look for).
        append16(zip64 ? 0xFFFF : UInt16(count), to: &end)
        append16(zip64 ? 0xFFFF : UInt16(count), to: &end)
        append32(zip64 ? 0xFFFF_FFFF : UInt32(directorySize), to: &end)
        append32(zip64 ? 0xFFFF_FFFF : UInt32(directoryStart), to: &end)
        append16(0, to: &end)
        pending += end
        try flushPending()
        try handle.close()
    }

    private mutating func header(_ path: String, method: Method, crc32: UInt32, size: Int64, compressedSize: Int64) throws {
        let name = Array(path.utf8)
        let big = forceZip64 || size >= 0xFFFF_FFFF || compressedSize >= 0xFFFF_FFFF
        written.append(Written(name: name, method: method, crc32: crc32, size: size, compressedSize: compressedSize,
                               offset: offset))
        var record: [UInt8] = []
        append32(0x0403_4B50, to: &record)
        append16(big ? 45 : 20, to: &record)
        append16(0x0800, to: &record)
        append16(method.rawValue, to: &record)
        append16(dosTime, to: &record)
        append16(dosDate, to: &record)
        append32(crc32, to: &record)
        append32(big ? 0xFFFF_FFFF : UInt32(compressedSize), to: &record)
        append32(big ? 0xFFFF_FFFF : UInt32(size), to: &record)
        append16(UInt16(name.count), to: &record)
        append16(big ? 20 : 0, to: &record)
        record += name
        if big {
            append16(0x0001, to: &record)
            append16(16, to: &record)
            append64(size, to: &record)
            append64(compressedSize, to: &record)
        }
        pending += record
        offset += Int64(record.count)
    }

    private mutating func flushPending() throws {
        guard !pending.isEmpty else { return }
        try handle.write(contentsOf: pending)
        pending.removeAll(keepingCapacity: true)
    }

    private func append16(_ value: UInt16, to out: inout [UInt8]) {
        out.append(UInt8(value & 0xFF)); out.append(UInt8(value >> 8))
    }

    private func append32(_ value: UInt32, to out: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }

    private func append64(_ value: Int64, to out: inout [UInt8]) {
        let bits = UInt64(value)
        for shift in stride(from: 0, to: 64, by: 8) { out.append(UInt8((bits >> UInt64(shift)) & 0xFF)) }
    }
}
