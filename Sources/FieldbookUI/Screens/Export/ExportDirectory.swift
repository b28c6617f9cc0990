import Foundation

/// Where the Export screen writes bundles unless the user types another directory:
/// `exports/` in Fieldbook's data directory (`$XDG_DATA_HOME/fieldbook/exports`, by default
/// `~/.local/share/fieldbook/exports`) — beside the database, on the laptop's own disk.
enum ExportDirectory {
    static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let data: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            data = xdg + "/fieldbook"
        } else {
            data = (environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path) + "/.local/share/fieldbook"
        }
        return data + "/exports"
    }

    /// Expands a leading `~`.
    static func expanding(_ path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return (environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path) + path.dropFirst()
    }

    /// Creates the standard directory (owner-only) the first time; a directory the user typed
    /// must exist already, so a typo is reported rather than silently created.
    static func prepareStandard(_ path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else { return }
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }
}
