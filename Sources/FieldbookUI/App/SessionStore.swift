import Foundation

/// Remembers the navigation stack between runs, so that after a crash or a kill the inspector is
/// back on the screen (and draft) they were on. The data itself is always in the database
/// already; this file only says where the user was.
///
/// Stored as JSON next to the database (`fieldbook.sqlite.session`), owner-only, replaced
/// atomically. Unreadable content is ignored: the app then starts on the dashboard.
public struct SessionStore: Sendable {
    public let path: String

    public init(databasePath: String) { path = databasePath + ".session" }

    public func load() -> [Route] {
        guard let data = FileManager.default.contents(atPath: path),
              let routes = try? JSONDecoder().decode([Route].self, from: data) else { return [] }
        return routes
    }

    /// Best effort: losing the position is harmless, so a failure here never interrupts the user.
    public func save(_ routes: [Route]) {
        guard let data = try? JSONEncoder().encode(routes) else { return }
        let temporary = path + ".tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data,
                                             attributes: [.posixPermissions: 0o600]) else { return }
        if rename(temporary, path) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
    }
}
