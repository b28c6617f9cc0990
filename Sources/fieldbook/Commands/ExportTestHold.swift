import FieldbookBundle
import Foundation

/// A test hook: `FIELDBOOK_TEST_EXPORT_HOLD=CHECKPOINT:MARKER` makes `fieldbook export` stop at
/// that `ExportCheckpoint` (beforePublish, afterPublish), create the file MARKER, and wait until
/// MARKER is removed. Tests use it to run a second export while the first is held at its publish
/// step, or to SIGKILL an export at an exact moment (CLITests). How long it waits: TestHoldWait.
enum ExportTestHold {
    static func checkpoint(environment: [String: String]) -> (@Sendable (ExportCheckpoint) -> Void)? {
        guard let value = environment["FIELDBOOK_TEST_EXPORT_HOLD"], let colon = value.firstIndex(of: ":"),
              let point = ExportCheckpoint(rawValue: String(value[..<colon])) else { return nil }
        let marker = String(value[value.index(after: colon)...])
        return { reached in
            guard reached == point, FileManager.default.createFile(atPath: marker, contents: nil) else { return }
            TestHoldWait.untilRemoved(marker)
        }
    }
}
