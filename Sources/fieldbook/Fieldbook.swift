import ArgumentParser
import FieldbookCore
import Foundation

/// The root command. Without a subcommand it opens the terminal UI.
@main
struct Fieldbook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fieldbook",
        abstract: "Offline labour-relations field inspection (劳动关系用工风险排查).",
        version: BuildInfo.text,
        subcommands: [
            InitCommand.self,
            ImportCommand.self,
            ListCommand.self,
            DemoCommand.self,
            DemoDataCommand.self,
            KeyCommand.self,
            ExportCommand.self,
            PrintCommand.self,
            DocumentSettingsCommand.self,
            HQCommand.self,
            GalleryCommand.self,
            BenchCommand.self,
        ]
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Open the interface on a demo database, creating it first if missing.")
    var demo = false

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
