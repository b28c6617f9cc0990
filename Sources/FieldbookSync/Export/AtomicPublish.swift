import FieldbookCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Puts a finished file in place so that readers see either nothing or the whole file: flush
/// the file to disk, rename it (same file system) to its final name, flush the directory.
enum AtomicPublish {
    /// Moves `source` to `destination` (refusing to replace an existing file); returns its size.
    static func publish(_ source: URL, as destination: URL) throws -> Int64 {
        guard chmod(source.path, 0o600) == 0 else { throw posixError(source.path) }
        try sync(path: source.path, flags: O_RDONLY)
        guard !FileManager.default.fileExists(atPath: destination.path) else {
            throw SyncError.writeFailed(destination.path, reason: "a file with this name already exists")
        }
        guard rename(source.path, destination.path) == 0 else { throw posixError(destination.path) }
        try sync(path: destination.deletingLastPathComponent().path, flags: O_RDONLY | O_DIRECTORY)
        let attributes = try FileManager.default.attributesOfItem(atPath: destination.path)
        return (attributes[.size] as? NSNumber)?.int64Value ?? 0
    }

    private static func sync(path: String, flags: Int32) throws {
        let fd = open(path, flags)
        guard fd >= 0 else { throw posixError(path) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw posixError(path) }
    }

    private static func posixError(_ path: String) -> NSError {
        NSError(domain: NSPOSIXErrorDomain, code: Int(errno), userInfo: [NSFilePathErrorKey: path])
    }
}
