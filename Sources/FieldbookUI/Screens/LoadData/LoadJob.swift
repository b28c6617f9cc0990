import FieldbookCore
import Synchronization
import TerminalKit

/// A load the program runner runs as an `Effect` (in the background in the real loop, at once in
/// headless tests), so a city's registry does not freeze the interface; the screen polls
/// `outcome` on its tick.
final class LoadJob: Sendable {
    private let state = Mutex<Result<LoadOutcome, any Error>?>(nil)
    private let kind: LoadKind
    private let path: String
    private let database: AppDatabase
    private let language: Language

    init(kind: LoadKind, path: String, database: AppDatabase, language: Language) {
        self.kind = kind
        self.path = path
        self.database = database
        self.language = language
    }

    var outcome: Result<LoadOutcome, any Error>? { state.withLock { $0 } }

    /// The effect holds the job, so the load finishes even if the screen is gone.
    var effect: Effect {
        Effect {
            let outcome = Result { try self.kind.load(self.path, database: self.database, language: self.language) }
            self.state.withLock { $0 = outcome }
        }
    }
}
