import Foundation
import TestSupport

/// Runs a tool and returns its exit status and combined output.
func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let result = try ChildProcess.tool(executable, arguments, errorOutput: .mergedWithOutput)
    return (result.status, result.stdoutText)
}

/// The repository's docs/schemas directory.
let schemaDirectory = Repository.url("docs/schemas")
