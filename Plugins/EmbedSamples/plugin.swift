import Foundation
import PackagePlugin

/// Embeds the demo's sample files (the registry CSV and the checklist template, version 2 for
/// new visits and version 1 for the visits made with it) into
/// FieldbookCore at build time, so a `fieldbook` binary copied anywhere can build the demo and
/// samples/ stays the one copy people edit. See docs/demo-data.md for why not a resource bundle.
@main
struct EmbedSamples: BuildToolPlugin {
    /// Swift identifier → file under the package root.
    static let files: [(String, String)] = [
        ("enterprisesCSV", "samples/enterprises.csv"),
        ("employmentRiskChecklistJSON", "samples/checklists/employment-risk.v2.json"),
        ("employmentRiskChecklistV1JSON", "samples/checklists/employment-risk.v1.json"),
    ]

    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let root = context.package.directoryURL
        let inputs = Self.files.map { root.appending(path: $0.1) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSamples.swift")
        let arguments = [output.path] + zip(Self.files, inputs).map { "\($0.0.0)=\($0.1.path)" }
        return [.buildCommand(displayName: "Embedding sample files",
                              executable: try context.tool(named: "embed-samples").url,
                              arguments: arguments, inputFiles: inputs, outputFiles: [output])]
    }
}
