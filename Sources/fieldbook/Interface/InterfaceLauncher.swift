import CursesTerminal
import FieldbookBundle
import FieldbookCore
import FieldbookUI
import Foundation
import Logging
import TerminalKit

/// Opens the terminal interface on a database: `fieldbook`, `fieldbook --db PATH`, `fieldbook --demo`.
enum InterfaceLauncher {
    /// Refuses before anything is created or opened when there is no terminal to draw on
    /// (a pipe, a cron job, a test runner).
    static func requireTerminal() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            let error = CursesError.notATerminal
            throw CLIError.terminal(english: error.english, chinese: error.chinese)
        }
        // Also before anything is created: a terminal that cannot draw is known from TERM alone.
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else {
            let error = CursesError.unusableTerminal(term: term)
            throw CLIError.terminal(english: error.english, chinese: error.chinese)
        }
    }

    static func open(databasePath path: String, context: inout CommandContext) throws {
        try DataDirectory.prepareParent(of: path)
        let lock = try DatabaseLock.acquire(databasePath: path)
        defer { withExtendedLifetime(lock) {} }
        let database = try DatabaseAccess.openOrCreate(path, context: context)
        let inspector = context.adoptInspector(of: database)
        // A bundle an export was killed in the middle of publishing is recorded (or put back) and a
        // killed export's leftovers removed; a problem here is shown when the user next exports,
        // and logged now.
        do { _ = try BundleExporter(database: database).finishInterruptedExport() } catch {
            Logger(label: "fieldbook.cli").warning("interrupted export not finished at start", metadata: ["error": "\(LogDescription.of(error))"])
        }
        // An attach killed half way left temporary or unrecorded files: removed (docs/attachments.md).
        _ = try? AttachmentStore(database: database).recover()
        let startLanguage = context.language
        let session = SessionStore(databasePath: path)
        do {
            try CursesTerminal.run { terminal in
                let theme = Theme.forTerminal(environment: context.environment, colorCount: terminal.colorCount)
                var env = AppEnvironment(db: database, clock: context.clock, language: startLanguage, theme: theme)
                // The first frame does not wait for the dashboard's counts (DashboardScreen).
                env.defersDashboardCounts = true
                env.inspector = inspector
                // The real size from the start: the screens lay out, hit-test mouse clicks and read
                // list rows for it before any resize event arrives.
                let app = FieldbookApp(env: env, session: session, size: terminal.size)
                var runner = ProgramRunner(app, minimumSize: CursesTerminal.minimumSize,
                                           tooSmallMessage: CursesTerminal.tooSmallMessage)
                try runner.run(on: terminal, clock: SystemMonotonicClock())
            }
        } catch let error as CursesError {
            throw CLIError.terminal(english: error.english, chinese: error.chinese)
        }
    }
}
