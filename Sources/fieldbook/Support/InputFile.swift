import Foundation

/// Reads a file the user named on the command line, with a one-line error when it cannot.
enum InputFile {
    static func read(_ path: String) throws(CLIError) -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            var isDirectory: ObjCBool = false
            let failure: CLIError.ReadFailure = !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                ? .missing : isDirectory.boolValue ? .directory : .permission
            throw .cannotRead(path, failure)
        }
    }
}
