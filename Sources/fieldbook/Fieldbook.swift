import ArgumentParser
import FieldbookCore
import Foundation
import Logging

/// The root command. Without a subcommand it opens the terminal UI.
@main
struct Fieldbook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fieldbook",
        abstract: "Offline labour-relations field inspection (劳动关系用工风险排查).",
        discussion: ManualText.discussion,
        version: BuildInfo.forConfiguration(),
        subcommands: [
            InitCommand.self,
            ImportCommand.self,
            ListCommand.self,
            DemoCommand.self,
            DemoDataCommand.self,
            KeyCommand.self,
            ExportCommand.self,
            PrintCommand.self,
            VoidCommand.self,
            ProjectCommand.self,
            AttachCommand.self,
            AttachmentsCommand.self,
            DetachCommand.self,
            AttachmentSettingsCommand.self,
            DocumentSettingsCommand.self,
            HQCommand.self,
            GalleryCommand.self,
            BenchCommand.self,
        ]
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Open the interface on a demo database, creating it first if missing.")
    var demo = false

    /// Parses, starts logging (which needs to know whether the interface will own the terminal),
    /// runs the command, and logs how it ended; argument-parser prints help, versions and usage
    /// errors and turns the error into the exit status as usual.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // `--help` and `--version` without argument-parser's reflection (Startup/QuickAnswer.swift).
        QuickAnswer.answerIfKnown(arguments)
        var command: any ParsableCommand
        if let interface = InterfaceArguments(arguments) {
            // The interface's own lines, read without argument-parser (Startup/InterfaceArguments.swift).
            command = interface.command
        } else {
            do {
                command = try parseAsRoot(arguments)
            } catch {
                exit(withError: error)
            }
        }
        let log = LogSetup.bootstrap(command: command, arguments: arguments)
        let started = ContinuousClock.now
        log.info("start", metadata: LogSetup.describe(command, arguments: arguments).merging(["version": "\(BuildInfo.version)"]) { $1 })
        do {
            try command.run()
            log.info("stop", metadata: ["status": "0", "ms": "\(Int(started.duration(to: .now).milliseconds))"])
        } catch {
            let status = exitCode(for: error).rawValue
            log.info("stop", metadata: ["status": "\(status)", "ms": "\(Int(started.duration(to: .now).milliseconds))"])
            exit(withError: error)
        }
    }

    func run() throws {
        try CommandContext.run { context in
            try InterfaceLauncher.requireTerminal()
            var path = store.path(environment: context.environment)
            if demo {
                path = store.path(default: DataDirectory.demoDatabase, environment: context.environment)
                if !FileManager.default.fileExists(atPath: path) {
                    _ = try DemoDatabase.create(at: path, context: context)
                }
            }
            try InterfaceLauncher.open(databasePath: path, context: &context)
        }
    }
}
