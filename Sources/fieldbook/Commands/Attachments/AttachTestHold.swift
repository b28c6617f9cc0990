import FieldbookCore
import Foundation

/// A test hook like `ExportTestHold`, for `fieldbook attach`: `FIELDBOOK_TEST_ATTACH_HOLD=CHECKPOINT:MARKER`
/// stops it at that `AttachCheckpoint` (copied, placed), creates MARKER and waits until it is
/// removed (TestHoldWait), so the crash suite can SIGKILL it exactly there.
enum AttachTestHold {
    static func checkpoint(environment: [String: String]) -> ((AttachCheckpoint) -> Void)? {
        guard let value = environment["FIELDBOOK_TEST_ATTACH_HOLD"], let colon = value.firstIndex(of: ":"),
              let point = AttachCheckpoint(rawValue: String(value[..<colon])) else { return nil }
        let marker = String(value[value.index(after: colon)...])
        return { reached in
            guard reached == point, FileManager.default.createFile(atPath: marker, contents: nil) else { return }
            TestHoldWait.untilRemoved(marker)
        }
    }
}
