import CDeflate
import Crypto
import FieldbookCore
import Foundation

/// Streams one zip entry's content to a temporary file **already deflated** for the zip, while
/// computing the SHA-256 (for the manifest), the CRC-32 (for the zip) and the size of the content.
/// A large export never holds a record file in memory, never writes it uncompressed and never
/// reads it back to compress it: `BundleZip` copies the deflated bytes as they are.
package final class EntryFileWriter {
    /// A finished entry: where its deflated bytes are and what the zip headers say about them.
    package struct Deflated: Sendable {
        package let path: String
        package let url: URL
        package let crc32: UInt32
        package let size: Int64
        package let compressedSize: Int64
    }

    /// zlib level 1: on the record files (JSON Lines and CSV, highly repetitive) it writes about
    /// 15 % more bytes than the default level 6 in about a third of the time — the full export's
    /// largest cost before (docs/performance.md, "Full export").
    static let level: Int32 = 1

    let path: String
    package let url: URL
    private let handle: FileHandle
    private var hasher = SHA256()
    private var crc: UInt32 = 0
    private let stream: UnsafeMutablePointer<z_stream>
    private var streamOpen = false
    private var buffer: [UInt8] = []
    /// The second thread, from the entry's second chunk on (`DeflateWorker`); a small entry is
    /// compressed on the caller's thread at `finish`, without starting one.
    private var worker: DeflateWorker?
    private var output = [UInt8](repeating: 0, count: 1 << 18)
    private(set) var size: Int64 = 0
    private(set) var compressedSize: Int64 = 0
    private(set) var lines = 0

    package init(path: String, in directory: URL) throws {
        self.path = path
        self.url = directory.appendingPathComponent(path.replacingOccurrences(of: "/", with: "__"))
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forWritingTo: url)
        // zlib keeps a pointer to its stream: it must stay at one address, so it is allocated.
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // Raw deflate (negative window bits): a zip entry has no zlib header or trailer.
        guard deflateInit2_(stream, Self.level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            stream.deallocate()
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        streamOpen = true
        buffer.reserveCapacity(Self.chunkBytes + 4096)
    }

    /// Bytes gathered before they are hashed and compressed (on the worker when there is one).
    static let chunkBytes = 1 << 20

    deinit {
        // An abandoned entry (the export failed elsewhere): the worker must be done with the stream first.
        worker?.cancel()
        if streamOpen { deflateEnd(stream) }
        stream.deallocate()
    }

    func append(_ data: Data) throws {
        buffer.append(contentsOf: data)
        if buffer.count >= Self.chunkBytes { try handOver() }
    }

    /// Appends one JSON Lines record (the encoded object followed by a newline).
    package func appendLine(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        buffer.append(0x0A)
        lines += 1
        if buffer.count >= Self.chunkBytes { try handOver() }
    }

    /// A full chunk goes to the worker (started now if need be), and filling goes on in another buffer.
    private func handOver() throws {
        if worker == nil {
            worker = DeflateWorker { [unowned self] bytes, last in try compress(&bytes, finishing: last) }
        }
        buffer = try worker!.submit(buffer)
    }

    /// Hashes, checksums and deflates `input`, writing what zlib produces. On the worker's thread
    /// once there is one: only it touches the hasher, the stream and the file until `finish`.
    private func compress(_ input: inout [UInt8], finishing: Bool) throws {
        try input.withUnsafeMutableBufferPointer { input in
            if input.count > 0 {
                hasher.update(bufferPointer: UnsafeRawBufferPointer(input))
                crc = UInt32(crc32(uLong(crc), input.baseAddress, uInt(input.count)))
            }
            stream.pointee.next_in = input.baseAddress
            stream.pointee.avail_in = uInt(input.count)
            try output.withUnsafeMutableBufferPointer { out in
                while true {
                    stream.pointee.next_out = out.baseAddress
                    stream.pointee.avail_out = uInt(out.count)
                    let status = deflate(stream, finishing ? Z_FINISH : Z_NO_FLUSH)
                    guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
                    }
                    let produced = out.count - Int(stream.pointee.avail_out)
                    if produced > 0 {
                        try handle.write(contentsOf: UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: out[..<produced])))
                        compressedSize += Int64(produced)
                    }
                    if finishing ? status == Z_STREAM_END : (stream.pointee.avail_in == 0 && produced < out.count) { break }
                }
            }
        }
        size += Int64(input.count)
    }

    /// Finishes the file; returns its manifest entry.
    package func finish() throws -> BundleManifest.Entry {
        if let worker {
            self.worker = nil
            try worker.finish(buffer)
        } else {
            try compress(&buffer, finishing: true)
        }
        buffer = []
        deflateEnd(stream)
        streamOpen = false
        try handle.close()
        let digest = HexText.lowercase(hasher.finalize())
        return BundleManifest.Entry(path: path, size: size, sha256: digest)
    }

    /// The deflated file and its zip header values; valid after `finish`.
    package var deflated: Deflated {
        Deflated(path: path, url: url, crc32: crc, size: size, compressedSize: compressedSize)
    }
}
