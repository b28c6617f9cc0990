import Foundation

/// Where Fieldbook keeps its databases by default: `$XDG_DATA_HOME/fieldbook/`
/// (`~/.local/share/fieldbook/` when XDG_DATA_HOME is unset or relative, as the XDG spec says).
enum DataDirectory {
    static let mainDatabase = "fieldbook.sqlite"
    static let demoDatabase = "demo.sqlite"

    static func url(environment: [String: String]) -> URL {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("fieldbook")
        }
        return URL(fileURLWithPath: home(environment))
            .appendingPathComponent(".local/share/fieldbook")
    }

    static func expandingTilde(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return home(environment) + path.dropFirst()
    }

    /// Creates the directory that will hold `databasePath`, owner-only (0700), when missing.
    /// An existing directory is left as it is: it may be one the user chose and shares.
    static func prepareParent(of databasePath: String) throws(CLIError) {
        let parent = URL(fileURLWithPath: databasePath).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notADirectory(parent) }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotCreateDirectory(parent, reason: error.localizedDescription)
        }
    }

    private static func home(_ environment: [String: String]) -> String {
        environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
    }
}
