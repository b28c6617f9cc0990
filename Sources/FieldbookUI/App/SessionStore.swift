import Foundation

/// Remembers the navigation stack between runs, so that after a crash or a kill the inspector is
/// back on the screen (and draft) they were on, and the text being typed there.
///
/// Two files next to the database, owner-only, each replaced atomically (write, fsync, rename):
/// - `fieldbook.sqlite.session`: the routes, written after every navigation;
/// - `fieldbook.sqlite.drafts`: `ScreenDraft`s by route, written at every key that changes the
///   text of a field not yet saved to its record (see docs/reliability.md for what a write costs).
/// Unreadable content is ignored: the app then starts on the dashboard, with no drafts.
public struct SessionStore: Sendable {
    public let path: String
    public let draftsPath: String

    public init(databasePath: String) {
        path = databasePath + ".session"
        draftsPath = databasePath + ".drafts"
    }

    public func load() -> [Route] {
        guard let data = FileManager.default.contents(atPath: path),
              let routes = try? JSONDecoder().decode([Route].self, from: data) else { return [] }
        return routes
    }

    /// Best effort: losing the position is harmless, so a failure here never interrupts the user.
    public func save(_ routes: [Route]) {
        guard let data = try? JSONEncoder().encode(routes) else { return }
        _ = Self.replace(path, with: data, sync: false)
    }

    public func loadDrafts() -> [DraftEntry] {
        guard let data = FileManager.default.contents(atPath: draftsPath),
              let entries = try? JSONDecoder().decode([DraftEntry].self, from: data) else { return [] }
        return entries
    }

    /// Writes every draft; false when the file could not be written (the text stays on screen).
    /// Written at every key but not synced: a killed process loses nothing (the kernel has the
    /// bytes); the app calls `syncDrafts` at most half a second later for a power cut.
    @discardableResult
    public func saveDrafts(_ entries: [DraftEntry], sync: Bool = false) -> Bool {
        guard let data = try? JSONEncoder().encode(entries) else { return false }
        return Self.replace(draftsPath, with: data, sync: sync)
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
