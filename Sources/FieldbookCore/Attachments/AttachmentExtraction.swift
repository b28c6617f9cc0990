import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Copies attachments out of a store into a directory a person chose, under their original names
/// (made safe: the name came from a laptop, so no directories, control characters or dot names),
/// never replacing a file already there (`photo (2).jpg` instead), and checking every byte against
/// the SHA-256 on the way, so what lands on the disk is exactly what was attached.
public enum AttachmentExtraction {
    public enum Outcome: Sendable, Equatable {
        case copied(URL)
        /// The store lacks the file (it was in a bundle not imported yet, or was removed).
        case missing
        /// The stored bytes no longer match the SHA-256 (a damaged disk); the partial copy was removed.
        case damaged
    }

    public static func extract(_ attachment: Attachment, from store: AttachmentStore, into directory: URL) throws -> Outcome {
        let source = store.fileURL(of: attachment)
        let input = open(source.path, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { return .missing }
        defer { close(input) }
        let (output, url) = try create(in: directory, name: safeName(attachment.originalName, fallback: attachment.sha256))
        var complete = false
        defer {
            close(output)
            if !complete { unlink(url.path) }
        }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw AttachmentError.cannotRead(path: source.path, reason: String(cString: strerror(errno))) }
            if count == 0 { break }
            try buffer.withUnsafeBytes { raw in
                let bytes = UnsafeRawBufferPointer(rebasing: raw[0..<count])
                hasher.update(bufferPointer: bytes)
                var written = 0
                while written < count {
                    let n = write(output, bytes.baseAddress! + written, count - written)
                    if n < 0, errno == EINTR { continue }
                    guard n >= 0 else {
                        throw AttachmentError.storeFailed(path: url.path, reason: String(cString: strerror(errno)))
                    }
                    written += n
                }
            }
        }
        guard HexText.lowercase(hasher.finalize()) == attachment.sha256 else { return .damaged }
        complete = true
        return .copied(url)
    }

    /// `name` as one safe file name; `fallback` when nothing of it is left.
    static func safeName(_ name: String, fallback: String) -> String {
        let last = name.split(separator: "/").last.map(String.init) ?? ""
        let cleaned = String(String.UnicodeScalarView(last.unicodeScalars.filter {
            $0.properties.generalCategory != .control && $0 != "\\"
        }))
        let trimmed = cleaned.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed == "." || trimmed == ".." { return fallback }
        return trimmed
    }

    /// Creates `name` in `directory` (0600), or `stem (2).ext`, `stem (3).ext`… when taken.
    private static func create(in directory: URL, name: String) throws -> (Int32, URL) {
        let ext = (name as NSString).pathExtension
        let stem = ext.isEmpty ? name : String(name.dropLast(ext.count + 1))
        for n in 1...10_000 {
            let candidate = n == 1 ? name : "\(stem) (\(n))" + (ext.isEmpty ? "" : "." + ext)
            let url = directory.appendingPathComponent(candidate)
            let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd >= 0 { return (fd, url) }
            guard errno == EEXIST else {
                throw AttachmentError.storeFailed(path: url.path, reason: String(cString: strerror(errno)))
            }
        }
        throw AttachmentError.storeFailed(path: directory.path, reason: "too many files named \(name)")
    }
}
