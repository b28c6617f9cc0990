import Foundation

/// Makes sure a database file and its directory exist with owner-only permissions before SQLite
/// opens it (SQLite gives the -wal and -shm files the permissions of the database file).
enum OwnerOnlyFile {
    static func prepare(path: String) throws {
        let fm = FileManager.default
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        if !fm.fileExists(atPath: directory) {
            try fm.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                   attributes: [.posixPermissions: 0o700])
        }
        if !fm.fileExists(atPath: path) {
            guard fm.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
        } else {
            // Take group and other access away, but never add any: a file its owner made
            // read-only stays read-only (and is refused as such), rather than silently writable.
            let mode = (try fm.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? 0o600
            if mode & 0o077 != 0 {
                try fm.setAttributes([.posixPermissions: mode & 0o700], ofItemAtPath: path)
            }
        }
    }
}
