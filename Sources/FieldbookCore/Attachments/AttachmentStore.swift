import Crypto
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// The evidence files of one database: content-addressed (each file named by the lowercase hex
/// SHA-256 of its bytes, so a photo attached twice is stored once) in a directory beside the
/// database, `DB.attachments/` (0700, files 0600), with their records in the database.
///
/// Attaching is crash-safe (docs/attachments.md, docs/reliability.md): each file is copied to a
/// temporary name in the same directory and flushed, renamed to its hash, the directory is
/// flushed, and only then are the rows inserted in one transaction. A kill at any moment leaves
/// a complete attachment or none; `recover()` (run when the interface or an attachment command
/// starts) removes temporary files and files no row names. Attachers hold a shared `flock` on
/// `DB.attachments/.lock` from the first copy to the commit, and recovery runs only when it can
/// take that lock exclusively, so it never removes a file another process is about to record.
public struct AttachmentStore: Sendable {
    public let database: AppDatabase
    public let directory: URL

    static let lockName = ".lock"

    /// The store of `database`, in `directory` (default: beside the database file).
    public init(database: AppDatabase, directory: URL? = nil) {
        self.database = database
        self.directory = directory ?? Self.directory(forDatabase: database.path)
    }

    /// `DB.attachments` beside the database file `path`.
    public static func directory(forDatabase path: String) -> URL {
        URL(fileURLWithPath: path + ".attachments")
    }

    /// Where the file of `sha256` is (whether or not it is there).
    public func fileURL(sha256: String) -> URL { directory.appendingPathComponent(sha256) }

    public func fileURL(of attachment: Attachment) -> URL { fileURL(sha256: attachment.sha256) }

    /// The lowercase hex SHA-256 of a file's bytes, read in 1 MiB pieces (what a stored file's
    /// name must be).
    public static func sha256(of url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return HexText.lowercase(hasher.finalize())
    }

    // MARK: - Attaching

    /// Attaches `files` to `target` of the visit, all or none: refused, with nothing stored, when
    /// one is missing, not a regular file, empty, over the per-file limit, already attached there,
    /// or when together they would take the visit over its limit.
    public func attach(visitId: String, files: [URL], to target: AttachmentTarget = .visit, caption: String = "",
                       checkpoint: ((AttachCheckpoint) -> Void)? = nil) throws -> [Attachment] {
        guard !files.isEmpty else { throw AttachmentError.noFiles }
        let limits = try database.attachmentLimits()
        // Cheap checks first, so an over-limit choice is refused before anything is copied.
        var planned: Int64 = 0
        for file in files {
            var info = stat()
            guard stat(file.path, &info) == 0 else {
                throw AttachmentError.cannotRead(path: file.path, reason: String(cString: strerror(errno)))
            }
            guard (info.st_mode & S_IFMT) == S_IFREG else { throw AttachmentError.notAFile(path: file.path) }
            guard Int64(info.st_size) <= limits.maxFileBytes else {
                throw AttachmentError.fileTooLarge(name: file.lastPathComponent, size: Int64(info.st_size),
                                                   limit: limits.maxFileBytes)
            }
            planned += Int64(info.st_size)
        }
        let existing = try database.reader.read { db in
            try Int64.fetchOne(db, sql: "SELECT COALESCE(SUM(size), 0) FROM attachment WHERE visitId = ? AND detachedAt IS NULL",
                               arguments: [visitId]) ?? 0
        }
        if existing + planned > limits.maxVisitBytes, let last = files.last {
            throw AttachmentError.visitLimit(name: last.lastPathComponent, total: existing + planned, limit: limits.maxVisitBytes)
        }

        try prepareDirectory()
        let lock = try StoreLock(directory: directory, exclusive: false, wait: true)
        defer { withExtendedLifetime(lock) {} }
        var staged: [StagedFile] = []
        defer { for file in staged { unlink(file.temporary.path) } }
        for file in files {
            staged.append(try StagedFile.copy(file, into: directory, maxBytes: limits.maxFileBytes))
        }
        checkpoint?(.copied)
        var placed: [String] = []
        do {
            for file in staged {
                let target = fileURL(sha256: file.sha256)
                if access(target.path, F_OK) == 0 {
                    unlink(file.temporary.path)  // the same content is stored already
                } else {
                    guard rename(file.temporary.path, target.path) == 0 else {
                        throw AttachmentError.storeFailed(path: directory.path, reason: String(cString: strerror(errno)))
                    }
                    placed.append(file.sha256)
                }
            }
            try syncDirectory()
            checkpoint?(.placed)
            let files = staged
            return try database.write { db, change in
                try AttachmentRecords.insert(files, visitId: visitId, target: target, caption: caption, limits: limits,
                                             db, change)
            }
        } catch {
            // Refused after the files were placed: take back those no row names (a file another
            // attachment already had stays).
            try? database.reader.read { db in
                for sha in placed where try !Bool.fetchOne(db, sql: "SELECT 1 FROM attachmentFile WHERE sha256 = ?",
                                                             arguments: [sha]).isTrue {
                    unlink(fileURL(sha256: sha).path)
                }
            }
            throw error
        }
    }

    /// Detaches an attachment with a reason (audited). The file stays until the detachment has
    /// been exported (`recover()` removes it then, if no other attachment has the same content).
    @discardableResult
    public func detach(id: String, reason: String) throws -> Attachment {
        try database.write { db, change in try AttachmentRecords.detach(id: id, reason: reason, db, change) }
    }

    // MARK: - Reading

    /// The visit's attachments, detached ones included, oldest first.
    public func attachments(visitId: String) throws -> [Attachment] {
        try database.reader.read { db in
            try Attachment.filter(Attachment.Columns.visitId == visitId)
                .order(Attachment.Columns.attachedAt, Attachment.Columns.id).fetchAll(db)
        }
    }

    /// The attachment with `id`, or with a unique id prefix of at least 8 characters.
    public func attachment(id text: String) throws -> Attachment {
        let wanted = text.uppercased()
        return try database.reader.read { db in
            if let found = try Attachment.fetchOne(db, key: wanted) { return found }
            guard wanted.count >= 8 else { throw AttachmentError.notFound(id: text) }
            let matches = try Attachment.filter(Attachment.Columns.id.like(wanted + "%")).limit(2).fetchAll(db)
            guard matches.count == 1 else { throw AttachmentError.notFound(id: text) }
            return matches[0]
        }
    }

    // MARK: - Recovery

    /// What `recover()` found and removed.
    public struct Recovery: Sendable, Equatable {
        /// Temporary files of attachments that were never finished.
        public var temporaryFiles = 0
        /// Complete files no attachment row names (a kill between the rename and the commit).
        public var orphanFiles = 0
        /// Files of detached (or deleted) attachments whose last change has been exported.
        public var releasedFiles = 0
        /// Files rows name that are not in the store (SHA-256s): a damaged or hand-edited store.
        public var missing: [String] = []
        /// False when another process was attaching, so nothing was looked at.
        public var ran = true
    }

    /// Removes what an interrupted attach left and (with `releasingExported`, on a laptop) the
    /// files no longer needed; does nothing while another process attaches. Safe to run at every
    /// start. Headquarters keeps every file it received (`releasingExported: false`).
    @discardableResult
    public func recover(releasingExported: Bool = true) throws -> Recovery {
        var report = Recovery()
        guard FileManager.default.fileExists(atPath: directory.path) else { return report }
        guard let lock = try? StoreLock(directory: directory, exclusive: true, wait: false) else {
            report.ran = false
            return report
        }
        defer { withExtendedLifetime(lock) {} }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        let cursor = try database.reader.read { db in try ExportCursor.fetchOne(db, key: ExportCursor.defaultID)?.lastChangeSeq ?? 0 }
        let (known, releasable) = try database.reader.read { db in
            let known = Set(try String.fetchAll(db, sql: "SELECT sha256 FROM attachmentFile"))
            // No attachment keeps it attached, and no change to one naming it is still to be exported.
            let releasable = Set(try String.fetchAll(db, sql: """
                SELECT sha256 FROM attachmentFile f
                WHERE NOT EXISTS (SELECT 1 FROM attachment a WHERE a.sha256 = f.sha256
                                  AND (a.detachedAt IS NULL OR a.changeSeq > ?))
                """, arguments: [cursor]))
            return (known, releasable)
        }
        for name in names where name != Self.lockName {
            let path = fileURL(sha256: name).path
            if name.hasPrefix(StagedFile.temporaryPrefix) {
                unlink(path)
                report.temporaryFiles += 1
            } else if !known.contains(name) {
                unlink(path)
                report.orphanFiles += 1
            }
        }
        if releasingExported, !releasable.isEmpty {
            let tombstones = try database.reader.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tombstone WHERE recordType = 'attachment' AND changeSeq > ?",
                                 arguments: [cursor]) ?? 0
            }
            // A deletion not yet exported may still need to reach headquarters with its file's record.
            if tombstones == 0 {
                try database.writer.write { db in
                    for sha in releasable {
                        try db.execute(sql: "DELETE FROM attachmentFile WHERE sha256 = ?", arguments: [sha])
                    }
                }
                for sha in releasable where unlink(fileURL(sha256: sha).path) == 0 { report.releasedFiles += 1 }
            }
        }
        let present = Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
        report.missing = try database.reader.read { db in
            try String.fetchAll(db, sql: "SELECT sha256 FROM attachmentFile ORDER BY sha256")
        }.filter { !present.contains($0) }
        return report
    }

    /// Runs `body` with the store's directory made and its shared lock held: for code that places
    /// files in the store before recording them (headquarters' import), so `recover()` meanwhile
    /// leaves them alone. Files placed and then not recorded are removed before returning.
    public func placingFiles<T>(_ body: () throws -> T) throws -> T {
        try prepareDirectory()
        let lock = try StoreLock(directory: directory, exclusive: false, wait: true)
        defer { withExtendedLifetime(lock) {} }
        do {
            return try body()
        } catch {
            try? removeUnrecorded()
            throw error
        }
    }

    /// Removes the complete files no row records, for a `placingFiles` body that committed some
    /// of the files it placed and not others (headquarters' group import).
    public func removeUnrecordedFiles() throws { try removeUnrecorded() }

    /// Removes the complete files no row records (under the caller's lock).
    private func removeUnrecorded() throws {
        let known = try database.reader.read { db in Set(try String.fetchAll(db, sql: "SELECT sha256 FROM attachmentFile")) }
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path)
        where name.count == 64 && !known.contains(name) {
            unlink(fileURL(sha256: name).path)
        }
    }

    // MARK: - The directory

    /// Creates the store's directory (0700) when missing.
    func prepareDirectory() throws {
        guard !FileManager.default.fileExists(atPath: directory.path) else { return }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw AttachmentError.storeFailed(path: directory.path, reason: error.localizedDescription)
        }
    }

    /// Flushes the directory, so the renames are on the disk before the rows that name them.
    private func syncDirectory() throws {
        let fd = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw AttachmentError.storeFailed(path: directory.path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        guard fsync(fd) == 0 else {
            throw AttachmentError.storeFailed(path: directory.path, reason: String(cString: strerror(errno)))
        }
    }
}

/// An advisory `flock` on the store's lock file, released when the value is dropped (and by the
/// kernel when the process dies, SIGKILL included).
final class StoreLock: Sendable {
    private let fd: Int32

    init(directory: URL, exclusive: Bool, wait: Bool) throws {
        let path = directory.appendingPathComponent(AttachmentStore.lockName).path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw AttachmentError.storeFailed(path: path, reason: String(cString: strerror(errno))) }
        var operation = exclusive ? LOCK_EX : LOCK_SH
        if !wait { operation |= LOCK_NB }
        while flock(fd, operation) != 0 {
            if errno == EINTR { continue }
            let reason = String(cString: strerror(errno))
            close(fd)
            throw AttachmentError.storeFailed(path: path, reason: reason)
        }
    }

    deinit { close(fd) }
}

extension Optional where Wrapped == Bool {
    fileprivate var isTrue: Bool { self ?? false }
}
