import FieldbookCore
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Why headquarters could not store a bundle: the disk (or a quota) is full, a file-size limit
/// (`ulimit -f`, RLIMIT_FSIZE) was reached, or the disk reported an I/O error. None of these is
/// the bundle's fault, and the import's transaction was rolled back.
public enum StorageProblem: Sendable, Equatable {
    case diskFull
    case fileSizeLimit
    case ioError

    /// The problem behind a failed SQLite write, or nil when it is not a storage failure.
    /// SQLite reports a full disk as SQLITE_FULL but a file-size limit (EFBIG) as an I/O error,
    /// so an I/O error while a limit is set is read as the limit.
    public init?(_ error: DatabaseError) {
        switch error.resultCode.primaryResultCode {
        case .SQLITE_FULL: self = .diskFull
        case .SQLITE_IOERR: self = Self.fileSizeLimitIsSet ? .fileSizeLimit : .ioError
        default: return nil
        }
    }

    /// The problem behind a failed file write (POSIX or Foundation error), or nil.
    public init?(_ error: any Error) {
        if let database = error as? DatabaseError {
            self.init(database)
            return
        }
        var current: NSError? = error as NSError
        while let nsError = current {
            if nsError.domain == NSPOSIXErrorDomain, let problem = Self.posix(Int32(nsError.code)) {
                self = problem
                return
            }
            if nsError.domain == NSCocoaErrorDomain, nsError.code == CocoaError.fileWriteOutOfSpace.rawValue {
                self = .diskFull
                return
            }
            let next = nsError.userInfo[NSUnderlyingErrorKey] as? NSError
            current = next === nsError ? nil : next
        }
        return nil
    }

    private static func posix(_ code: Int32) -> StorageProblem? {
        switch code {
        case ENOSPC, EDQUOT: .diskFull
        case EFBIG: .fileSizeLimit
        case EIO: .ioError
        default: nil
        }
    }

    static var fileSizeLimitIsSet: Bool {
        var limit = rlimit()
        return getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit) == 0 && limit.rlim_cur != rlim_t.max
    }

    var texts: (zh: String, en: String) {
        switch self {
        case .diskFull: ("磁盘已满", "the disk is full")
        case .fileSizeLimit: ("已达到文件大小上限（ulimit -f）", "a file-size limit (ulimit -f) was reached")
        case .ioError: ("磁盘读写出错", "the disk reported an I/O error")
        }
    }
}
