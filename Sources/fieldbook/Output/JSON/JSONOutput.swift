import ArgumentParser
import Foundation

/// `--format json`: one JSON document on stdout with stable English keys (the shapes are
/// published as JSON Schemas in docs/schemas/cli/), Chinese left unescaped. Errors still go to
/// stderr as one line and the exit status says what failed, so stdout is JSON or empty.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// The `--format` of commands that print a result: sentences for a person, or JSON for a script.
enum ResultFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--format text|json`, shared by the commands that print a result.
struct ResultFormatOption: ParsableArguments {
    @Option(help: "text (sentences in the user's language) or json (docs/schemas/cli/).")
    var format: ResultFormat = .text

    var json: Bool { format == .json }
}
