import Foundation

/// What a user would otherwise reach for: the `sqlite3` command-line shell on the same file.
enum ShellReference {
    /// Wall time of `sqlite3 DB "SELECT … WHERE <where> LIMIT 50"`, process start-up included
    /// (that is what a user waits for).
    static func search(database: String, where condition: String, runs: Int) throws -> [Duration] {
        let sql = "SELECT id, name FROM enterprise WHERE \(condition) LIMIT 50"
        return try Stopwatch.samples(runs: runs) { _ in try shell(["sqlite3", database, sql]) }
    }

    /// Seconds and bytes of `sqlite3 DB .dump | gzip > FILE`.
    static func dumpAndGzip(database: String, to file: URL) throws -> (seconds: Double, bytes: Int64) {
        let quoted = { (s: String) in "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let (_, time) = try Stopwatch.time {
            try shell(["bash", "-c", "set -o pipefail; sqlite3 \(quoted(database)) .dump | gzip > \(quoted(file.path))"])
        }
        let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int64 ?? 0
        return (time.milliseconds / 1000, size)
    }

    private static func shell(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchError.unexpected("\(arguments.first ?? "") exited with \(process.terminationStatus)")
        }
    }
}
