import ArgumentParser
import Foundation

/// `--db PATH`, shared by every command. The default lives under `$XDG_DATA_HOME/fieldbook/`.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The database file (default: $XDG_DATA_HOME/fieldbook/fieldbook.sqlite).",
            completion: .file(extensions: ["sqlite"]))
    var db: String?

    /// Read by `LogSetup` from the arguments before the command runs (logging starts first);
    /// declared here so that every command accepts it and its help lists it.
    @Flag(help: "Also print the log's lines on stderr (not while the interface runs). The log: $XDG_STATE_HOME/fieldbook/fieldbook.log.")
    var verbose = false

    /// The database this command works on: `--db`, else `fileName` in the data directory.
    func path(default fileName: String = DataDirectory.mainDatabase, environment: [String: String]) -> String {
        if let db { return DataDirectory.expandingTilde(db, environment: environment) }
        return DataDirectory.url(environment: environment).appendingPathComponent(fileName).path
    }
}
