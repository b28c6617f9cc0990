import Foundation

/// `--format json`: an array of objects with stable English keys, Chinese left unescaped.
enum ListingJSON {
    static func encode<T: Encodable>(_ rows: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(rows), as: UTF8.self)
    }
}
