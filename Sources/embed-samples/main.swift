// Build tool of the EmbedSamples plugin: writes a Swift file holding each input file's bytes as
// base64 text (base64, so no file content can break out of the string literal).
//
//   embed-samples OUTPUT.swift identifier=path [identifier=path ...]
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-samples OUTPUT.swift identifier=path...\n".utf8))
    exit(2)
}
var source = "// Generated at build time by the EmbedSamples plugin from samples/. Do not edit.\n"
source += "enum EmbeddedSamples {\n"
for pair in arguments.dropFirst() {
    let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, let data = FileManager.default.contents(atPath: parts[1]) else {
        FileHandle.standardError.write(Data("embed-samples: cannot read \(pair)\n".utf8))
        exit(1)
    }
    source += "    /// \(URL(fileURLWithPath: parts[1]).lastPathComponent)\n"
    source += "    static let \(parts[0]) = \"\(data.base64EncodedString())\"\n"
}
source += "}\n"
do {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("embed-samples: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
