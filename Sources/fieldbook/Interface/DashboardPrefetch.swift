import Dispatch
import FieldbookCore
import FieldbookUI
import Logging
import Synchronization

/// Reads the dashboard's rows on a second thread while the main thread sets up the terminal and
/// reads the saved screens, so the first frame waits for the slower of the two rather than both
/// (≈ 2 ms of queries at 100,000 enterprises / 200,000 visits, docs/performance.md). Started
/// only after the database has opened, so a file that cannot be opened is still reported before
/// the terminal is taken over. A failed read is logged and the dashboard reads again itself,
/// which shows the error the usual way.
final class DashboardPrefetch: Sendable {
    private let result = Mutex<DashboardSummary?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(database: AppDatabase) {
        DispatchQueue.global(qos: .userInteractive).async { [self] in
            do {
                let summary = try FieldbookApp.readDashboard(database)
                result.withLock { $0 = summary }
            } catch {
                Logger(label: "fieldbook.cli").warning("dashboard not read ahead", metadata: ["error": "\(LogDescription.of(error))"])
            }
            done.signal()
        }
    }

    /// The rows, once read (nil when the read failed). Any number of calls return the same.
    func wait() -> DashboardSummary? {
        done.wait()
        done.signal()
        return result.withLock { $0 }
    }
}
