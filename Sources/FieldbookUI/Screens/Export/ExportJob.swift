import FieldbookBundle
import FieldbookCore
import Foundation
import Synchronization
import TerminalKit

/// An export the program runner runs as an `Effect` (in the background in the real loop, at once
/// in headless tests), so the interface keeps drawing: the screen reads `snapshot` on each tick
/// for the progress and, at the end, the result or the error. The exporter reads one database
/// snapshot and publishes the file only when complete, so edits made meanwhile are never
/// half-exported (they go out next time).
final class ExportJob: Sendable {
    struct Snapshot: Sendable {
        var progress: ExportProgress?
        var outcome: Result<ExportResult, any Error>?
    }

    private let state = Mutex(Snapshot())
    private let exporter: BundleExporter
    private let options: ExportOptions

    var snapshot: Snapshot { state.withLock { $0 } }

    init(database: AppDatabase, options: ExportOptions) {
        exporter = BundleExporter(database: database)
        self.options = options
    }

    /// The export itself. The effect holds the job, so it finishes even if the screen is gone.
    var effect: Effect { Effect { self.run() } }

    private func run() {
        let outcome = Result {
            try exporter.export(options) { progress in state.withLock { $0.progress = progress } }
        }
        state.withLock { $0.outcome = outcome }
    }
}
