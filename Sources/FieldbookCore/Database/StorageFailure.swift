import GRDB

extension CoreError {
    /// What a failure of SQLite on `path` means to the inspector: a read-only file, a full disk
    /// (SQLite reports a file-size limit as an I/O error), or SQLite's own reason.
    static func storage(_ error: DatabaseError, path: String) -> CoreError {
        switch error.resultCode.primaryResultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: .databaseBusy(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM: .databaseReadOnly(path: path)
        case .SQLITE_FULL, .SQLITE_IOERR: .diskFull(path: path)
        default: .cannotOpen(path: path, reason: error.message ?? error.description)
        }
    }
}
