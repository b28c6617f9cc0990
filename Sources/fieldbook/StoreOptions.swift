import ArgumentParser
import Foundation

/// `--db PATH`, shared by every command. The default lives under `$XDG_DATA_HOME/fieldbook/`.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The database file (default: $XDG_DATA_HOME/fieldbook/fieldbook.sqlite).")
    var db: String?
}
