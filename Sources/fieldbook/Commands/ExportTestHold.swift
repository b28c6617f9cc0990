import FieldbookBundle
import Foundation

/// A test hook: `FIELDBOOK_TEST_EXPORT_HOLD=CHECKPOINT:MARKER` makes `fieldbook export` stop at
/// that `ExportCheckpoint` (beforePublish, afterPublish), create the file MARKER, and wait until
/// MARKER is removed. Tests use it to run a second export while the first is held at its publish
/// step, or to SIGKILL an export at an exact moment (CLITests). The wait gives up after ten
/// minutes, not sooner: under a full parallel test run on a loaded machine the test can take
/// minutes to act, and a hold that ended early would let the export finish unobserved.
enum ExportTestHold {
    static func checkpoint(environment: [String: String]) -> (@Sendable (ExportCheckpoint) -> Void)? {
        guard let value = environment["FIELDBOOK_TEST_EXPORT_HOLD"], let colon = value.firstIndex(of: ":"),
              let point = ExportCheckpoint(rawValue: String(value[..<colon])) else { return nil }
        let marker = String(value[value.index(after: colon)...])
        return { reached in
            guard reached == point, FileManager.default.createFile(atPath: marker, contents: nil) else { return }
            let deadline = Date().addingTimeInterval(600)
            while FileManager.default.fileExists(atPath: marker), Date() < deadline { usleep(10_000) }
        }
    }
}
