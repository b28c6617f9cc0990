import ArgumentParser
import FieldbookBundle
import FieldbookCore
import Foundation
import Logging

/// `fieldbook import pack FILE [--hq-key KEY]`: a reference pack from headquarters.
struct ImportPackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Update the registry, templates and device roster from a signed headquarters reference pack.",
        discussion: """
            Field data is never touched. The first pack accepted pins headquarters' signing key; \
            later packs signed by another key are refused. Give --hq-key to check the first one too.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: ResultFormatOption

    @Argument(help: "The reference pack (.zip) made by `fieldbook hq pack`.", completion: .file(extensions: ["zip"]))
    var file: String

    @Option(name: .customLong("hq-key"), help: "Headquarters' signing key (line 3 of `fieldbook hq key`).")
    var hqKey: String?

    func run() throws {
        try CommandContext.run { context in
            let database = try DatabaseAccess.openExisting(store.path(environment: context.environment), context: &context)
            guard FileManager.default.fileExists(atPath: file) else { throw SyncError.noSuchFile(file) }
            let report = try ReferencePackReader.importPack(URL(fileURLWithPath: file), into: database, expectedKey: hqKey)
            Logger(label: "fieldbook.import").info("pack applied", metadata: [
                "added": "\(report.enterprisesAdded)", "updated": "\(report.enterprisesUpdated)",
                "keptLocal": "\(report.enterprisesKeptLocal.count)", "templates": "\(report.templatesAdded.count)",
                "devices": "\(report.devices)", "pinnedNow": "\(report.pinnedNow)"])
            if output.json { return context.print(try JSONOutput.encode(PackImportJSON(report))) }
            for line in report.summaryLines(in: context.language) { context.print(line) }
        }
    }
}
