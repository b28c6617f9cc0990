import ArgumentParser
import Foundation
import Logging

/// Starts logging for one run of `fieldbook`, before the command runs: every swift-log logger in
/// every module then writes to the log file (see `FileLogHandler`), and nothing logs to the
/// terminal unless a command (not the interface) was given `--verbose`.
enum LogSetup {
    /// The file this run logs to, for the `start`/`stop` lines and for README's "where is the log".
    static func bootstrap(command: any ParsableCommand, arguments: [String],
                          environment: [String: String] = ProcessInfo.processInfo.environment) -> Logger {
        let file = LogFile.standard(environment: environment)
        let verbose = arguments.prefix(while: { $0 != "--" }).contains("--verbose")
        let mirror = verbose && !opensInterface(command)
        LoggingSystem.bootstrap { label in
            FileLogHandler(label: label, file: file, mirrorToStandardError: mirror)
        }
        return Logger(label: "fieldbook.cli")
    }

    /// The root command and the gallery draw with curses: stderr is the screen then.
    static func opensInterface(_ command: any ParsableCommand) -> Bool {
        if command is Fieldbook { return true }
        if let gallery = command as? GalleryCommand { return !gallery.bench }
        return false
    }

    /// What the start line says about the command: its name and the options given, never their
    /// values or the arguments (an inspector's name, a search term, a path with a user name).
    static func describe(_ command: any ParsableCommand, arguments: [String]) -> Logger.Metadata {
        let name = commandPath(type(of: command))
        let options = arguments.prefix(while: { $0 != "--" }).filter { $0.hasPrefix("-") }
            .map { $0.split(separator: "=", maxSplits: 1).first.map(String.init) ?? $0 }
        return ["command": .string(name.isEmpty ? "interface" : name),
                "options": .string(options.joined(separator: ","))]
    }

    private static func commandPath(_ type: any ParsableCommand.Type) -> String {
        var names: [String] = []
        func find(_ candidate: any ParsableCommand.Type, path: [String]) -> Bool {
            if candidate == type { names = path; return true }
            return candidate.configuration.subcommands.contains { sub in
                find(sub, path: path + [sub.configuration.commandName ?? "\(sub)"])
            }
        }
        _ = find(Fieldbook.self, path: [])
        return names.joined(separator: " ")
    }
}
