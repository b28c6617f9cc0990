import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One file copied into the store's directory under a temporary name, flushed to the disk, with
/// what was learnt while copying: SHA-256, size, sniffed media type and EXIF capture time. The
/// copy is read once, in 1 MiB chunks (a 10 MB photo never sits in memory whole); only the first
/// 256 KiB are kept for the EXIF reader (a JPEG's APP1 segment is at most 64 KiB, after SOI and
/// possibly a JFIF segment).
struct StagedFile {
    let temporary: URL
    let originalName: String
    let sha256: String
    let size: Int64
    let mediaType: AttachmentMediaType
    let capturedAt: String?

    static let temporaryPrefix = ".tmp-"
    private static let chunk = 1 << 20
    private static let headLength = 256 * 1024

    /// Copies `source` into `directory`; refused (nothing left behind) when it is not a regular
    /// file, is empty, or is (or grows while read to be) larger than `maxBytes`.
    static func copy(_ source: URL, into directory: URL, maxBytes: Int64) throws -> StagedFile {
        let path = source.path
        let name = source.lastPathComponent
        let input = open(path, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw AttachmentError.cannotRead(path: path, reason: String(cString: strerror(errno))) }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { throw AttachmentError.notAFile(path: path) }
        guard info.st_size > 0 else { throw AttachmentError.emptyFile(name: name) }
        guard Int64(info.st_size) <= maxBytes else {
            throw AttachmentError.fileTooLarge(name: name, size: Int64(info.st_size), limit: maxBytes)
        }

        let temporary = directory.appendingPathComponent(temporaryPrefix + UUID().uuidString)
        let output = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else {
            throw AttachmentError.storeFailed(path: directory.path, reason: String(cString: strerror(errno)))
        }
        var finished = false
        defer {
            close(output)
            if !finished { unlink(temporary.path) }
        }
        var hasher = SHA256()
        var head: [UInt8] = []
        var size: Int64 = 0
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, chunk) }
            if count < 0 {
                if errno == EINTR { continue }
                throw AttachmentError.cannotRead(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            size += Int64(count)
            if size > maxBytes { throw AttachmentError.fileTooLarge(name: name, size: size, limit: maxBytes) }
            try buffer.withUnsafeBytes { raw in
                let bytes = UnsafeRawBufferPointer(rebasing: raw[0..<count])
                hasher.update(bufferPointer: bytes)
                if head.count < headLength { head += bytes.prefix(headLength - head.count) }
                var written = 0
                while written < count {
                    let n = write(output, bytes.baseAddress! + written, count - written)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw AttachmentError.storeFailed(path: directory.path, reason: String(cString: strerror(errno)))
                    }
                    written += n
                }
            }
        }
        guard size > 0 else { throw AttachmentError.emptyFile(name: name) }
        guard fsync(output) == 0 else {
            throw AttachmentError.storeFailed(path: directory.path, reason: String(cString: strerror(errno)))
        }
        finished = true
        let mediaType = AttachmentMediaType.sniff(head)
        return StagedFile(temporary: temporary, originalName: name,
                          sha256: HexText.lowercase(hasher.finalize()), size: size,
                          mediaType: mediaType, capturedAt: mediaType == .jpeg ? ExifCaptureTime.read(head) : nil)
    }
}
