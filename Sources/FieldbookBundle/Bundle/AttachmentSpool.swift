import Crypto
import FieldbookCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a bundle's attachment entries (`attachments/<sha256>`) go while it is read: never into
/// memory whole, but chunk by chunk into a temporary file in `directory` (headquarters' store
/// beside its database, so placing a file is a rename), hashed on the way. Without a directory
/// the entries are only hashed and counted (verifying a bundle without keeping its files).
///
/// Nothing spooled is trusted until the bundle is verified: `place` moves the verified files to
/// their content-addressed names, `discard` removes whatever is left. A kill in between leaves
/// temporary or unrecorded files that `AttachmentStore.recover()` removes.
public final class AttachmentSpool: @unchecked Sendable {
    public struct File: Sendable, Equatable {
        /// The temporary file (nil when only hashing).
        public var url: URL?
        public var size: Int64
        public var sha256: String
    }

    public let directory: URL?
    /// Entry name → what was spooled.
    public private(set) var files: [String: File] = [:]

    public init(directory: URL?) {
        self.directory = directory
    }

    /// Spools one entry: `produce` hands over its bytes in order.
    func spool(entry name: String, _ produce: (_ consume: (Data) throws -> Void) throws -> Void) throws {
        var hasher = SHA256()
        var size: Int64 = 0
        var fd: Int32 = -1
        var url: URL?
        if let directory {
            let temporary = directory.appendingPathComponent(".tmp-" + UUID().uuidString)
            fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path]) }
            url = temporary
        }
        var done = false
        defer {
            if fd >= 0 { close(fd) }
            if !done, let url { unlink(url.path) }
        }
        try produce { chunk in
            hasher.update(data: chunk)
            size += Int64(chunk.count)
            guard fd >= 0 else { return }
            try chunk.withUnsafeBytes { raw in
                var written = 0
                while written < raw.count {
                    let n = write(fd, raw.baseAddress! + written, raw.count - written)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                    }
                    written += n
                }
            }
        }
        if fd >= 0, fsync(fd) != 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        done = true
        files[name] = File(url: url, size: size, sha256: HexText.lowercase(hasher.finalize()))
    }

    /// Moves every spooled file to `directory/<sha256>` (dropping it when that content is there
    /// already) and flushes the directory. Returns the SHA-256s of the files now in place.
    public func place() throws -> [String] {
        guard let directory else { return [] }
        var placed: [String] = []
        var renamed = false
        for (name, file) in files.sorted(by: { $0.key < $1.key }) {
            guard let url = file.url else { continue }
            let target = directory.appendingPathComponent(file.sha256)
            if access(target.path, F_OK) == 0 {
                unlink(url.path)
            } else if rename(url.path, target.path) != 0 {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            } else {
                renamed = true
            }
            files[name]?.url = nil
            placed.append(file.sha256)
        }
        // Most daily bundles carry no new file: nothing to flush then (an fsync per bundle).
        guard renamed else { return placed }
        let fd = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            defer { close(fd) }
            guard fsync(fd) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }
        return placed
    }

    /// Removes the temporary files not placed.
    public func discard() {
        for (name, file) in files {
            if let url = file.url { unlink(url.path) }
            files[name]?.url = nil
        }
    }

    /// Whether `name` is an attachment entry (spooled rather than read into memory).
    static func isAttachment(_ name: String) -> Bool { name.hasPrefix(BundleFile.attachmentPrefix) }

    /// A well-formed attachment entry name: the prefix and 64 lowercase hex digits.
    static func isWellFormed(_ name: String) -> Bool {
        guard isAttachment(name) else { return false }
        let hex = name.dropFirst(BundleFile.attachmentPrefix.count)
        return hex.count == 64 && hex.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
    }
}
