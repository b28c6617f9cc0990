import ArgumentParser
import FieldbookCore
import Foundation
import GRDB
import Logging

/// What every command needs from its surroundings: the environment, the user's language, the
/// clock and the two output streams. Commands run their body through `CommandContext.run`, which
/// turns any error into one line on stderr in the user's language and an exit status that says
/// what kind of failure it was (`ExitStatus`).
struct CommandContext {
    let environment: [String: String]
    let clock: AppClock
    /// From the locale variables until a database with an inspector is opened; then the
    /// inspector's own choice.
    private(set) var language: Language

    init(environment: [String: String] = ProcessInfo.processInfo.environment, clock: AppClock = .system) {
        self.environment = environment
        self.clock = clock
        self.language = Language.fromEnvironment(environment)
    }

    static func run(_ body: (inout CommandContext) throws -> Void) throws {
        // Everything Fieldbook writes (databases, their -wal/-shm files, keys) is owner-only.
        umask(0o077)
        // Past a file-size limit (`ulimit -f`) a write then fails with EFBIG, which is reported
        // like a full disk, instead of SIGXFSZ killing the program without a word.
        signal(SIGXFSZ, SIG_IGN)
        var context = CommandContext()
        do {
            try body(&context)
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            // A usage mistake found while running: argument-parser prints it with the usage line
            // and exits 64, like one found while parsing.
            throw error
        } catch let error as DatabaseError where ExitStatus.of(error) == .tempFail {
            throw context.fail(CLIError.databaseBusy.message(in: context.language), error: error, status: .tempFail)
        } catch let error as any UserFacingError {
            throw context.fail(error.message(in: context.language), error: error, status: ExitStatus.of(error))
        } catch {
            throw context.fail(CLIError.unexpected(String(describing: error)).message(in: context.language),
                               error: error, status: ExitStatus.of(error))
        }
    }

    /// Prints `message` and ends the command with `status` (through `Fieldbook.main`, which logs
    /// the stop line). The log gets the error's kind, not the message: messages quote names.
    private func fail(_ message: String, error: any Error, status: ExitStatus) -> ExitCode {
        printError(message)
        Logger(label: "fieldbook.cli").error("failed", metadata: ["error": "\(LogDescription.of(error))", "status": "\(status.rawValue)"])
        return ExitCode(status.rawValue)
    }

    func print(_ text: String) {
        FileHandle.standardOutput.write(Self.line(text))
    }

    func printError(_ text: String) {
        FileHandle.standardError.write(Self.line(text))
    }

    /// `text` ending in exactly one line break (by scalar: "\r\n" is one `Character`, not "\n").
    private static func line(_ text: String) -> Data {
        Data((text.unicodeScalars.last == "\n" ? text : text + "\n").utf8)
    }

    /// Speaks the inspector's language from now on, when the database has one.
    mutating func adoptLanguage(of database: AppDatabase) {
        _ = adoptInspector(of: database)
    }

    /// The database's inspector (nil before first-run setup, or when unreadable), whose language
    /// is spoken from now on: for a caller that needs the inspector too, so it is read once.
    mutating func adoptInspector(of database: AppDatabase) -> Inspector? {
        do {
            let inspector = try database.currentInspector()
            if let inspector { language = inspector.language }
            return inspector
        } catch {
            // Messages then stay in LANG's language; the command itself reports what it meets.
            Logger(label: "fieldbook.cli").warning("inspector not read for the language", metadata: ["error": "\(LogDescription.of(error))"])
            return nil
        }
    }

    /// The text for the current language.
    func text(zh: String, en: String) -> String { language == .zh ? zh : en }
}
