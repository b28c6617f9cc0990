import Foundation

/// The wait of the test hooks (ExportTestHold, AttachTestHold): until the test removes MARKER, or
/// the test that started us is gone (our parent changed), or an hour has passed. Not a shorter
/// time: under a full parallel test run on a loaded two-core machine an async test can wait many
/// minutes for a thread, and a hold that ended early would let the command finish unobserved
/// (a ten-minute limit did, twice, at load 15).
enum TestHoldWait {
    static func untilRemoved(_ marker: String) {
        let parent = getppid()
        let deadline = Date().addingTimeInterval(3600)
        while FileManager.default.fileExists(atPath: marker), getppid() == parent, Date() < deadline {
            usleep(10_000)
        }
    }
}
