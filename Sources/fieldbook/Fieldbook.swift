import ArgumentParser
import FieldbookCore

/// The root command. Without a subcommand it opens the terminal UI.
@main
struct Fieldbook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fieldbook",
        abstract: "Offline labour-relations field inspection (劳动关系用工风险排查).",
        subcommands: [
            InitCommand.self,
            ImportCommand.self,
            ListCommand.self,
            KeyCommand.self,
            ExportCommand.self,
            HQCommand.self,
        ]
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Open the interface on a demo database, creating it first if missing.")
    var demo = false

    func run() throws {
        print("Fieldbook: the terminal interface is not built yet; try `fieldbook list enterprises`.")
    }
}
