import FieldbookCore
import Foundation
import Logging
import TerminalKit

/// What every screen may use: the database, the clock, the language and theme.
/// Passed to screens explicitly — there is no global app state.
public struct AppEnvironment: Sendable {
    public let db: AppDatabase
    public var clock: AppClock
    public var language: Language
    public var theme: Theme
    /// The inspector using this database; nil until first-run setup is done.
    public var inspector: Inspector?
    /// Where the Export screen proposes to write bundles (nil: `exports/` in the data directory).
    public var exportDirectory: String?
    /// Where the review screen writes a visit's documents (nil: `documents/` in the data directory).
    public var documentDirectory: String?
    /// Errors caught and not shown (a best-effort store, a reload after a success message) go
    /// here; the program sends them to the log file, tests may capture them.
    public var log: Logger
    /// The attachment store's directory (nil: beside the database file, `DB.attachments/`).
    public var attachmentDirectory: URL?
    /// Where the file chooser opens (nil: the home directory).
    public var chooserStart: String?
    /// How an attachment is opened (`xdg-open`).
    public var fileOpener: FileOpener = .system
    /// The dashboard draws its rows first and takes its counts at the next tick (the real
    /// interface: the first frame does not wait for counts that grow with the database). Off by
    /// default, so a headless test sees the counts in its first frame.
    public var defersDashboardCounts = false

    public init(db: AppDatabase, clock: AppClock = .system, language: Language = .zh,
                theme: Theme = .color, inspector: Inspector? = nil, exportDirectory: String? = nil,
                documentDirectory: String? = nil, log: Logger = Logger(label: "fieldbook.ui")) {
        self.db = db
        self.log = log
        self.exportDirectory = exportDirectory
        self.documentDirectory = documentDirectory
        self.clock = clock
        self.language = language
        self.theme = theme
        self.inspector = inspector
    }

    /// The attachments of this database (docs/attachments.md).
    public var attachments: AttachmentStore {
        if let attachmentDirectory { return AttachmentStore(database: db, directory: attachmentDirectory) }
        guard db.path.isEmpty else { return AttachmentStore(database: db) }
        // An in-memory database (previews, tests that did not say): a private directory of its own.
        return AttachmentStore(database: db, directory: FileManager.default.temporaryDirectory
            .appendingPathComponent("fieldbook-attachments-\(ProcessInfo.processInfo.processIdentifier)"))
    }

    /// The interface text in the current language.
    public var text: any Catalogue { catalogue(for: language) }

    /// The inspector's local date.
    public var today: LocalDate { clock.today() }

    /// Logs an error the user is not shown, by type only (no names or other personal data).
    public func logUnshown(_ what: String, _ error: any Error) {
        log.warning("\(what)", metadata: ["error": "\(LogDescription.of(error))"])
    }

    /// A user-facing message for any error, in the current language.
    public func message(for error: any Error) -> String {
        if let error = error as? any UserFacingError { return error.message(in: language) }
        return text.unexpectedError(String(describing: error))
    }
}
