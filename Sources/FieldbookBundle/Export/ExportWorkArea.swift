import FieldbookCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where an export builds its bundle: a private directory beside the database,
/// `PATH.export-work/` (0700), never the export directory, which an inspector copies to a USB
/// stick as it is. Used only under the export lock, so anything found there at the start of an
/// export is a killed export's leftover and is removed — except the pending bundle's kept copy
/// (`<bundle id>.bundle`), until it is recorded.
struct ExportWorkArea {
    let url: URL
    /// A database in memory has no place beside it: its exports work in a directory of their own.
    let isPrivateToThisProcess: Bool

    /// The work area of the database at `databasePath`; for a database in memory, a directory of
    /// this export's own in the system's temporary directory.
    init(databasePath: String) {
        if Self.isFile(databasePath) {
            url = URL(fileURLWithPath: databasePath + ".export-work")
            isPrivateToThisProcess = false
        } else {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("fieldbook-export-work-" + RecordID.make())
            isPrivateToThisProcess = true
        }
    }

    static func isFile(_ databasePath: String) -> Bool {
        !databasePath.isEmpty && databasePath != ":memory:" && !databasePath.hasPrefix("file::memory:")
    }

    /// The copy of the pending bundle kept until it is recorded (the published file is a second
    /// link to it when both are on one file system).
    func keptCopy(of bundleId: String) -> URL { url.appendingPathComponent(bundleId.lowercased() + ".bundle") }

    /// Creates the work area (owner-only) when missing and takes group/other access away if an
    /// earlier version or a user gave any.
    func prepare() throws {
        let fm = FileManager.default
        if !fm.fileExists(atPath: url.path) {
            try fm.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        try fm.setAttributes([.posixPermissions: 0o700], ofItemAtPath: url.path)
    }

    /// A fresh directory for one export's entry files.
    func makeRunDirectory() throws -> URL {
        try prepare()
        let run = url.appendingPathComponent("run-" + RecordID.make().lowercased())
        try FileManager.default.createDirectory(at: run, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        return run
    }

    /// At the end of an export: the work area goes when nothing is left in it (a private one
    /// always goes).
    func removeIfEmpty() {
        if isPrivateToThisProcess {
            try? FileManager.default.removeItem(at: url)
        } else {
            rmdir(url.path)
        }
    }

    /// Removes everything in the work area but `keeping`; returns how many items went.
    @discardableResult
    func removeLeftovers(keeping: URL? = nil) -> Int {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: url.path) else { return 0 }
        var removed = 0
        for name in names where name != keeping?.lastPathComponent {
            if (try? fm.removeItem(at: url.appendingPathComponent(name))) != nil { removed += 1 }
        }
        return removed
    }
}
