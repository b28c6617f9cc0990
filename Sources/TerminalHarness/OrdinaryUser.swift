import Foundation

/// Runs a command as an ordinary user even when the tests run as root (as CI does), because root
/// ignores file permissions and a "read-only" case would prove nothing: under root the command
/// goes through `setpriv` as `nobody`, after the files it needs are handed to that user.
public enum OrdinaryUser {
    static let nobody: UInt32 = 65534

    /// Whether the command can run as an ordinary user here.
    public static var isAvailable: Bool {
        getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
    }

    /// What goes before the command line: nothing for an ordinary user, `setpriv …` under root.
    public static var commandPrefix: [String] {
        getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups"] : []
    }

    /// Gives `directory` and everything in it to the user the command runs as (under root), and
    /// returns a path of `binary` that user can run: the binary itself when every folder above it
    /// lets others through, otherwise a copy inside `directory`.
    public static func prepare(_ directory: String, binary: String) throws -> String {
        guard getuid() == 0 else { return binary }
        var runnable = binary
        if !reachableByOthers(binary) {
            runnable = (directory as NSString).appendingPathComponent("fieldbook")
            try FileManager.default.copyItem(atPath: binary, toPath: runnable)
        }
        let files = FileManager.default.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? []
        for path in [directory] + files.map({ (directory as NSString).appendingPathComponent($0) }) {
            guard chown(path, nobody, nobody) == 0 else { throw CocoaError(.fileWriteNoPermission) }
        }
        return runnable
    }

    private static func reachableByOthers(_ path: String) -> Bool {
        var url = URL(fileURLWithPath: path)
        while url.path != "/" {
            let mode = (try? FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) ?? 0
            if mode & 0o001 == 0 { return false }
            url.deleteLastPathComponent()
        }
        return true
    }
}
