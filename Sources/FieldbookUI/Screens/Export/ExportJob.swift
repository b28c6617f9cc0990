import FieldbookBundle
import FieldbookCore
import Foundation
import Synchronization

/// An export running on its own thread, so the interface keeps drawing: the screen polls
/// `snapshot` on each tick for the progress and, at the end, the result or the error.
/// The exporter reads one database snapshot and writes the file atomically, so edits made
/// meanwhile are never half-exported (they go out next time).
final class ExportJob: Sendable {
    struct Snapshot: Sendable {
        var progress: ExportProgress?
        var outcome: Result<ExportResult, any Error>?
    }

    private let state = Mutex(Snapshot())

    var snapshot: Snapshot { state.withLock { $0 } }

    /// Starts exporting `options` with `database` at once, on a new thread (which keeps the job
    /// alive until the export ends, even if the screen is gone).
    init(database: AppDatabase, options: ExportOptions) {
        let exporter = BundleExporter(database: database)
        Thread { self.run(exporter, options) }.start()
    }

    private func run(_ exporter: BundleExporter, _ options: ExportOptions) {
        let outcome = Result {
            try exporter.export(options) { progress in state.withLock { $0.progress = progress } }
        }
        state.withLock { $0.outcome = outcome }
    }
}
