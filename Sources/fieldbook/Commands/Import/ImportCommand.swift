import ArgumentParser

/// `fieldbook import enterprises|checklist …`
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the enterprise registry (CSV) or a checklist template (JSON).",
        subcommands: [ImportEnterprisesCommand.self, ImportChecklistCommand.self, ImportPackCommand.self])
}
