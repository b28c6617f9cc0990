import FieldbookCore
import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// Puts a finished bundle at its final name so that readers see either nothing or the whole
/// file, and so that it never replaces (or later removes) a file it did not create: a name that
/// is taken is refused with the other file untouched.
///
/// On one file system the final name is a hard link to the work area's copy (`link(2)` fails
/// rather than replace), and that copy stays until the export is recorded, so a bundle moved
/// away after a kill can be put back byte for byte. Across file systems (a USB stick) the bytes
/// are copied to `NAME.<id>.part` beside the final name, flushed, and renamed with
/// `RENAME_NOREPLACE`; a `.part` left by a kill is removed by the next export (it is named in
/// the pending bundle).
package enum NoReplacePublish {
    /// Publishes `source` as `destination`; returns the file's size.
    package static func publish(_ source: URL, as destination: URL, partName: String) throws -> Int64 {
        guard chmod(source.path, 0o600) == 0 else { throw posixError(source.path) }
        try sync(path: source.path, flags: O_RDONLY)
        if link(source.path, destination.path) == 0 { return placed(destination) }
        let linkError = errno
        guard linkError != EEXIST else { throw SyncError.bundleNameTaken(destination.path) }
        // Hard links are not possible here (another file system, or one without them, like FAT).
        guard [EXDEV, EPERM, ENOTSUP, EOPNOTSUPP, EMLINK, ENOSYS].contains(linkError) else {
            throw posixError(destination.path, linkError)
        }
        let part = destination.deletingLastPathComponent().appendingPathComponent(partName)
        try copy(source, to: part)
        do {
            try renameWithoutReplacing(part.path, destination.path)
        } catch {
            unlink(part.path)
            throw error
        }
        return placed(destination)
    }

    /// Once the file is at its name, publishing has happened: the caller must record it, never
    /// undo it, so a failure to flush the directory is not an error here (the file's own bytes
    /// were flushed before it got its name).
    private static func placed(_ destination: URL) -> Int64 {
        do {
            try sync(path: destination.deletingLastPathComponent().path, flags: O_RDONLY | O_DIRECTORY)
        } catch {
            // Not shown (the bundle is in place and readable), but a power cut before the kernel
            // writes the directory could lose the name: worth a line when someone asks why.
            exportLog.warning("directory not flushed after publishing", metadata: ["error": "\(LogDescription.of(error))"])
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: destination.path)
        return (attributes?[.size] as? NSNumber)?.int64Value ?? 0
    }

    /// `renameat2(…, RENAME_NOREPLACE)`, looked up at run time (Swift's Glibc module does not
    /// declare it); where the kernel or file system lacks it, `link` + `unlink`, which never
    /// replaces either.
    private static func renameWithoutReplacing(_ from: String, _ to: String) throws {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        let noReplace: UInt32 = 1 // RENAME_NOREPLACE
        if let symbol = dlsym(nil, "renameat2") {
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            if renameat2(AT_FDCWD, from, AT_FDCWD, to, noReplace) == 0 { return }
            let failure = errno
            if failure == EEXIST { throw SyncError.bundleNameTaken(to) }
            guard failure == EINVAL || failure == ENOSYS else { throw posixError(to, failure) }
        }
        guard link(from, to) == 0 else {
            let failure = errno
            throw failure == EEXIST ? SyncError.bundleNameTaken(to) : posixError(to, failure)
        }
        unlink(from)
    }

    /// Copies `source` into a new file `part` (owner-only), flushed to disk. A `part` of the same
    /// name can only be this bundle's, left by a killed export: it is replaced.
    private static func copy(_ source: URL, to part: URL) throws {
        unlink(part.path)
        let input = open(source.path, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw posixError(source.path) }
        defer { close(input) }
        let output = open(part.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw posixError(part.path) }
        var finished = false
        defer {
            close(output)
            if !finished { unlink(part.path) }
        }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 { throw posixError(source.path) }
            if count == 0 { break }
            var written = 0
            while written < count {
                let step = buffer.withUnsafeBytes { write(output, $0.baseAddress! + written, count - written) }
                guard step > 0 else { throw posixError(part.path) }
                written += step
            }
        }
        guard fsync(output) == 0 else { throw posixError(part.path) }
        finished = true
    }

    static func sync(path: String, flags: Int32) throws {
        let fd = open(path, flags | O_CLOEXEC)
        guard fd >= 0 else { throw posixError(path) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw posixError(path) }
    }

    private static func posixError(_ path: String, _ code: Int32 = errno) -> NSError {
        NSError(domain: NSPOSIXErrorDomain, code: Int(code), userInfo: [NSFilePathErrorKey: path])
    }
}
