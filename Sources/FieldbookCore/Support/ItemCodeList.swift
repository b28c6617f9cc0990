import Foundation

/// The stored form of a recommendation's item codes: a JSON array of strings, `["LC-01","WG-03"]`.
/// Bulk paths (the enterprise summary after a load, HQ's report) read one per recommendation;
/// `JSONDecoder` costs microseconds each, so the plain form item codes always take (no escapes,
/// no spaces) is split by hand and anything else goes through `JSONDecoder`, which decides.
package enum ItemCodeList {
    package static func decode(_ text: String) -> [String] {
        if let codes = plain(text) { return codes }
        return (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }

    /// `["A","B"]` with no backslash, space or nested quote; nil for any other text.
    static func plain(_ text: String) -> [String]? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 2, bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]") else { return nil }
        if bytes.count == 2 { return [] }
        var codes: [String] = []
        var index = 1
        while true {
            guard index < bytes.count - 1, bytes[index] == UInt8(ascii: "\"") else { return nil }
            let start = index + 1
            var end = start
            while end < bytes.count - 1, bytes[end] != UInt8(ascii: "\"") {
                if bytes[end] == UInt8(ascii: "\\") { return nil }
                end += 1
            }
            guard end < bytes.count - 1 else { return nil }
            codes.append(String(decoding: bytes[start..<end], as: UTF8.self))
            index = end + 1
            if index == bytes.count - 1 { return codes }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index += 1
        }
    }
}
