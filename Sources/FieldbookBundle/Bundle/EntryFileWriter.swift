import Crypto
import Foundation

/// Streams one zip entry's content to a temporary file while computing its SHA-256 and size,
/// so a large export never holds a whole record file in memory.
package final class EntryFileWriter {
    let path: String
    package let url: URL
    private let handle: FileHandle
    private var hasher = SHA256()
    private var buffer = Data()
    private(set) var size: Int64 = 0
    private(set) var lines = 0

    package init(path: String, in directory: URL) throws {
        self.path = path
        self.url = directory.appendingPathComponent(path.replacingOccurrences(of: "/", with: "__"))
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forWritingTo: url)
    }

    func append(_ data: Data) throws {
        buffer.append(data)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Appends one JSON Lines record (the encoded object followed by a newline).
    package func appendLine(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        buffer.append(0x0A)
        lines += 1
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        hasher.update(data: buffer)
        size += Int64(buffer.count)
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Finishes the file; returns its manifest entry.
    package func finish() throws -> BundleManifest.Entry {
        try flush()
        try handle.close()
        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        return BundleManifest.Entry(path: path, size: size, sha256: digest)
    }
}
