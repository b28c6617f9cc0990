import ArgumentParser
import FieldbookCore
import Foundation
import Logging

/// `fieldbook import checklist FILE.json`
struct ImportChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Load a checklist template version (JSON, see samples/checklists/).")

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: ResultFormatOption

    @Argument(help: "The template file.", completion: .file(extensions: ["json"]))
    var file: String

    func run() throws {
        try CommandContext.run { context in
            let database = try DatabaseAccess.openExisting(store.path(environment: context.environment), context: &context)
            let data = try InputFile.read(file)
            let (checklist, outcome) = try database.loadTemplate(data: data)
            Logger(label: "fieldbook.import").info("checklist loaded", metadata: [
                "template": "\(checklist.template.id)", "version": "\(checklist.template.version)", "outcome": "\(outcome)"])
            if output.json { return context.print(try JSONOutput.encode(ChecklistImportJSON(checklist, outcome: outcome))) }
            context.print(ChecklistImportSummary(checklist: checklist, outcome: outcome).text(in: context.language))
        }
    }
}
