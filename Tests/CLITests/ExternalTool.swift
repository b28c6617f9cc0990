import Foundation
import TestSupport

/// Runs a command-line tool (qpdf, pdftotext, pdftoppm) and returns its exit status and output.
enum ExternalTool {
    struct Result {
        var status: Int32
        var output: Data
        var text: String { String(decoding: output, as: UTF8.self) }
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> Result {
        let result = try ChildProcess.tool(tool, arguments, errorOutput: .discarded)
        return Result(status: result.status, output: result.stdout)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pdfwriter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

