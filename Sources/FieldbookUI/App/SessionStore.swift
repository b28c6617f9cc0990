import FieldbookCore
import Foundation
import Logging

/// Remembers the navigation stack between runs, so that after a crash or a kill the inspector is
/// back on the screen (and draft) they were on, and the text being typed there.
///
/// Two files next to the database, owner-only, each replaced atomically (write, fsync, rename):
/// - `fieldbook.sqlite.session`: the routes, written after every navigation;
/// - `fieldbook.sqlite.drafts`: `ScreenDraft`s by route, written at every key that changes the
///   text of a field not yet saved to its record (see docs/reliability.md for what a write costs);
/// - `fieldbook.sqlite.positions`: where each screen was left (`Screen.position`, e.g. the
///   checklist item under the cursor) by route, written when one changes, so a visit's checklist
///   reopens at its item after a restart too.
/// Unreadable content is not fatal: the app then starts on the dashboard, with no drafts — but it
/// is logged, and an unreadable drafts file is moved aside (`….drafts.unreadable`) rather than
/// overwritten, since it may hold typed text someone can still recover by hand.
public struct SessionStore: Sendable {
    public let path: String
    public let draftsPath: String
    public let positionsPath: String
    /// Where failures the inspector is not shown go (the log file in the real program).
    public var log: Logger

    public init(databasePath: String, log: Logger = Logger(label: "fieldbook.session")) {
        path = databasePath + ".session"
        draftsPath = databasePath + ".drafts"
        positionsPath = databasePath + ".positions"
        self.log = log
    }

    public func load() -> [Route] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        do {
            return try JSONDecoder().decode([Route].self, from: data)
        } catch {
            log.warning("saved screens unreadable; starting on the dashboard", metadata: ["error": "\(LogDescription.of(error))"])
            return []
        }
    }

    /// Best effort: losing the position is harmless, so a failure here never interrupts the user.
    public func save(_ routes: [Route]) {
        do {
            let data = try JSONEncoder().encode(routes)
            if !Self.replace(path, with: data, sync: false) {
                log.warning("saved screens not written", metadata: ["errno": "\(errno)"])
            }
        } catch {
            log.warning("saved screens not encoded", metadata: ["error": "\(LogDescription.of(error))"])
        }
    }

    /// Where screens were left; empty when there is no file or it cannot be read (harmless: the
    /// screens open at their start).
    public func loadPositions() -> [PositionEntry] {
        guard let data = FileManager.default.contents(atPath: positionsPath) else { return [] }
        do {
            return try JSONDecoder().decode([PositionEntry].self, from: data)
        } catch {
            log.warning("screen positions unreadable; screens open at their start", metadata: ["error": "\(LogDescription.of(error))"])
            return []
        }
    }

    /// Best effort, like the routes: a lost position costs a few keys, never data.
    public func savePositions(_ entries: [PositionEntry]) {
        do {
            if !Self.replace(positionsPath, with: try JSONEncoder().encode(entries), sync: false) {
                log.warning("screen positions not written", metadata: ["errno": "\(errno)"])
            }
        } catch {
            log.warning("screen positions not encoded", metadata: ["error": "\(LogDescription.of(error))"])
        }
    }

    public func loadDrafts() -> [DraftEntry] {
        guard let data = FileManager.default.contents(atPath: draftsPath) else { return [] }
        do {
            return try JSONDecoder().decode([DraftEntry].self, from: data)
        } catch {
            let aside = draftsPath + ".unreadable"
            let moved = rename(draftsPath, aside) == 0
            log.error("drafts file unreadable; typed text not restored", metadata: [
                "error": "\(LogDescription.of(error))", "bytes": "\(data.count)",
                "kept": moved ? "\((aside as NSString).lastPathComponent)" : "no (errno \(errno))",
            ])
            return []
        }
    }

    /// Writes every draft; false when the file could not be written (the text stays on screen).
    /// Written at every key but not synced: a killed process loses nothing (the kernel has the
    /// bytes); the app calls `syncDrafts` at most half a second later for a power cut.
    @discardableResult
    public func saveDrafts(_ entries: [DraftEntry], sync: Bool = false) -> Bool {
        do {
            let data = try JSONEncoder().encode(entries)
            if Self.replace(draftsPath, with: data, sync: sync) { return true }
            log.error("drafts file not written; typed text only on screen", metadata: ["errno": "\(errno)"])
        } catch {
            log.error("drafts not encoded", metadata: ["error": "\(LogDescription.of(error))"])
        }
        return false
    }

    /// Forces the drafts file, and its directory entry (the rename), to the disk.
    public func syncDrafts() {
        for target in [draftsPath, (draftsPath as NSString).deletingLastPathComponent] {
            let fd = open(target, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            fsync(fd)
            close(fd)
        }
    }

    /// Writes `data` to a temporary file (0600), optionally fsyncs it, and renames it over `path`,
    /// so a reader sees the old content or the new, never part of it.
    static func replace(_ path: String, with data: Data, sync: Bool) -> Bool {
        let temporary = path + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        let written = data.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 { if errno == EINTR { continue }; return false }
                offset += n
            }
            return true
        }
        let synced = !sync || fsync(fd) == 0
        close(fd)
        guard written, synced, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}
