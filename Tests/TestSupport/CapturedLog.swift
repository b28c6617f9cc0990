import Foundation
import Logging
import Synchronization

/// A swift-log handler that keeps every line in memory, for tests that check an error the user
/// is not shown was logged (not dropped). Each test makes its own: nothing is bootstrapped, no
/// process-wide state is touched.
public final class CapturedLog: Sendable {
    public struct Line: Sendable, Equatable {
        public let level: Logger.Level
        public let message: String
        public let metadata: [String: String]
    }

    private let store = Mutex<[Line]>([])

    public init() {}

    /// A logger that writes into this capture.
    public func logger(label: String = "test") -> Logger {
        Logger(label: label) { _ in Handler(capture: self) }
    }

    public var lines: [Line] { store.withLock { $0 } }

    /// The lines whose message contains `text`.
    public func lines(containing text: String) -> [Line] { lines.filter { $0.message.contains(text) } }

    fileprivate func append(_ line: Line) { store.withLock { $0.append(line) } }

    private struct Handler: LogHandler {
        let capture: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            capture.append(Line(level: event.level, message: event.message.description,
                                metadata: merged.mapValues { "\($0)" }))
        }
    }
}
