import Foundation
import TestSupport

/// Runs the built `fieldbook` binary in a scratch directory with a controlled environment.
struct FieldbookProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stderrLines: [Substring] { stderr.split(separator: "\n") }
    }

    /// A private directory used as HOME and XDG_DATA_HOME root; removed by `cleanUp`.
    let directory: URL
    var language = "C.UTF-8"

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("fieldbook-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: directory) }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// The binary SwiftPM built beside this test bundle, or `FIELDBOOK_TEST_BINARY` (to show that
    /// a test fails with an older build).
    static let binary: URL = {
        if let other = ProcessInfo.processInfo.environment["FIELDBOOK_TEST_BINARY"] { return URL(fileURLWithPath: other) }
        let candidates = [Bundle.main.executableURL?.deletingLastPathComponent(),
                          Bundle.main.bundleURL.deletingLastPathComponent(),
                          URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        for case let dir? in candidates {
            let url = dir.appendingPathComponent("fieldbook")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("fieldbook binary not found next to the test bundle")
    }()

    @discardableResult
    func run(_ arguments: [String], environment extra: [String: String] = [:],
             executable: String? = nil) throws -> Result {
        var environment = ["HOME": directory.path, "PATH": "/usr/bin:/bin", "LANG": language, "LC_ALL": language]
        environment.merge(extra) { $1 }
        let result = try ChildProcess.run(executable.map(URL.init(fileURLWithPath:)) ?? Self.binary, arguments,
                                          environment: environment, currentDirectory: directory)
        return Result(status: result.status, stdout: result.stdoutText, stderr: result.stderrText)
    }

    static let samples = Repository.url("samples")
}
