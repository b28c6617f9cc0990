import ArgumentParser

/// `fieldbook hq …`: the headquarters side — keys, trusted devices, import and merge, reports,
/// reference packs. Every subcommand works on the HQ database (`--db`, default hq.sqlite).
struct HQCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hq",
        abstract: "Headquarters: import and merge bundles, list and resolve conflicts, report, make reference packs.",
        subcommands: [HQInitCommand.self, HQKeyCommand.self, HQTrustCommand.self, HQRevokeCommand.self, HQDevicesCommand.self,
                      HQImportCommand.self,
                      HQConflictsCommand.self, HQResolveCommand.self, HQReportCommand.self, HQPackCommand.self, HQPrintCommand.self,
                      HQAttachmentsCommand.self])

    static let defaultDatabase = "hq.sqlite"
}
