import Foundation
import TerminalHarness

/// Running `fieldbook export` in the background, held at a checkpoint through the test hook
/// `FIELDBOOK_TEST_EXPORT_HOLD=CHECKPOINT:MARKER` (Sources/fieldbook/Commands/ExportTestHold.swift):
/// the export creates MARKER when it gets there and waits until MARKER is removed.
struct BackgroundExport {
    let process: SpawnedProcess
    let marker: String?

    /// Starts `fieldbook export ARGUMENTS`, held at `checkpoint` when given.
    static func start(_ cli: FieldbookProcess, _ arguments: [String], holdAt checkpoint: String? = nil) throws -> BackgroundExport {
        let (process, marker) = try launch(cli, ["export"] + arguments, holdVariable: "FIELDBOOK_TEST_EXPORT_HOLD",
                                           holdAt: checkpoint)
        return BackgroundExport(process: process, marker: marker)
    }

    /// Starts `fieldbook ARGUMENTS` in the background, output discarded; with a checkpoint, the
    /// command's hold hook (`holdVariable=CHECKPOINT:MARKER`) is set and MARKER returned. Shared
    /// by the export and attach kill suites.
    static func launch(_ cli: FieldbookProcess, _ arguments: [String], holdVariable: String,
                       holdAt checkpoint: String?) throws -> (SpawnedProcess, String?) {
        var environment = ["HOME": cli.directory.path, "PATH": "/usr/bin:/bin", "LANG": cli.language, "LC_ALL": cli.language]
        var marker: String?
        if let checkpoint {
            let path = cli.path("hold-\(UUID().uuidString)")
            environment[holdVariable] = "\(checkpoint):\(path)"
            marker = path
        }
        let process = try SpawnedProcess(FieldbookProcess.binary.path, arguments, environment: environment,
                                         currentDirectory: cli.directory.path)
        return (process, marker)
    }

    /// Waits until the export is held at its checkpoint; false when it ended first (or took ten minutes).
    func waitUntilHeld() async throws -> Bool {
        guard let marker else { return false }
        let deadline = ContinuousClock.now + .seconds(600)
        while !FileManager.default.fileExists(atPath: marker) {
            if !process.isRunning || ContinuousClock.now > deadline { return false }
            try await Task.sleep(for: .milliseconds(5))
        }
        return true
    }

    /// Lets a held export go on and returns its exit status (ten minutes at most).
    func release() throws -> Int32 {
        if let marker { try? FileManager.default.removeItem(atPath: marker) }
        return try process.wait()
    }

    /// SIGKILL, and wait for the process to be gone.
    func kill() {
        process.kill()
        if let marker { try? FileManager.default.removeItem(atPath: marker) }
    }
}

extension FieldbookProcess {
    /// A headquarters database trusting the laptop database `laptop`.
    func headquarters(trusting laptop: String) throws -> String {
        let hq = path("hq-\(UUID().uuidString).sqlite")
        guard try run(["hq", "init", "--db", hq]).status == 0 else { throw CocoaError(.fileWriteUnknown) }
        let key = try run(["key", "--db", laptop]).stdout.split(separator: "\n")[0]
        guard try run(["hq", "trust", String(key), "--inspector", "检查员", "--db", hq]).status == 0 else {
            throw CocoaError(.fileWriteUnknown)
        }
        // The demo's checklist, which the demo's visits use.
        let template = Self.samples.appendingPathComponent("checklists/employment-risk.v2.json").path
        guard try run(["import", "checklist", template, "--db", hq]).status == 0 else { throw CocoaError(.fileWriteUnknown) }
        return hq
    }

    /// Names in `directory`, sorted.
    func names(in directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }
}
