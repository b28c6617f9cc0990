import FieldbookCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Checks on the directory a bundle goes to, and turning low-level write failures into the
/// message a user can act on ("disk full" rather than an errno).
package enum OutputDirectory {
    package static func check(_ directory: URL) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw SyncError.outputDirectoryMissing(directory.path)
        }
        guard isDirectory.boolValue else { throw SyncError.outputNotADirectory(directory.path) }
        guard access(directory.path, W_OK | X_OK) == 0 else {
            throw SyncError.outputNotWritable(directory.path, reason: String(cString: strerror(errno)))
        }
    }

    /// A hidden, owner-only working directory on the same file system as the final file, so the
    /// last step is a rename, never a copy.
    package static func makeWorkDirectory(in directory: URL) throws -> URL {
        let work = directory.appendingPathComponent(".fieldbook-export-" + RecordID.make().lowercased())
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw classify(error, path: directory.path)
        }
        return work
    }

    /// Full disk, file-size limit and quota all read as "disk full"; anything else keeps its reason.
    package static func classify(_ error: any Error, path: String, errorNumber: Int32 = errno) -> SyncError {
        let spaceErrors: Set<Int32> = [ENOSPC, EFBIG, EDQUOT]
        var current: (any Error)? = error
        while let nsError = current as NSError? {
            if nsError.domain == NSPOSIXErrorDomain, spaceErrors.contains(Int32(nsError.code)) { return .diskFull(path) }
            if let posix = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain,
               spaceErrors.contains(Int32(posix.code)) { return .diskFull(path) }
            if nsError.domain == NSCocoaErrorDomain, nsError.code == CocoaError.fileWriteOutOfSpace.rawValue {
                return .diskFull(path)
            }
            current = nsError.userInfo[NSUnderlyingErrorKey] as? Error
            if current as NSError? === nsError { break }
        }
        if spaceErrors.contains(errorNumber) { return .diskFull(path) }
        return .writeFailed(path, reason: String(describing: error))
    }
}
