import Foundation

/// The one way tests run another program (the built `fieldbook`, python3, qpdf, pdftotext …).
///
/// Hand-written rather than swift-subprocess to add no package to every build. What it must get
/// right: standard output and standard error are drained *at the same time* (on two threads),
/// and standard input is written on a third. Reading one pipe to its end before the other
/// deadlocks as soon as the child fills the second pipe's buffer (64 KiB) while we wait on the
/// first — which is what a verbose failure does.
public enum ChildProcess {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: Data
        /// Empty when standard error was merged into `stdout` or discarded.
        public var stderr: Data

        public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// Where the child's standard error goes.
    public enum ErrorOutput: Sendable {
        case separate, mergedWithOutput, discarded
    }

    /// Runs `executable` to its end. `environment` nil inherits ours.
    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
                           currentDirectory: URL? = nil, input: Data? = nil,
                           errorOutput: ErrorOutput = .separate) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        switch errorOutput {
        case .separate: process.standardError = err
        case .mergedWithOutput: process.standardError = out
        case .discarded: process.standardError = FileHandle.nullDevice
        }
        let stdin = input.map { _ in Pipe() }
        process.standardInput = stdin ?? FileHandle.nullDevice
        try process.run()

        let group = DispatchGroup()
        let errData = Collected()
        if errorOutput == .separate {
            DispatchQueue.global().async(group: group) {
                errData.set(err.fileHandleForReading.readDataToEndOfFile())
            }
        }
        if let stdin, let input {
            DispatchQueue.global().async(group: group) {
                // A child that exits without reading all of it closes the pipe: that is not our error.
                try? stdin.fileHandleForWriting.write(contentsOf: input)
                try? stdin.fileHandleForWriting.close()
            }
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: outData, stderr: errData.get())
    }

    /// Runs a tool found on PATH (through /usr/bin/env).
    public static func tool(_ name: String, _ arguments: [String], input: Data? = nil,
                            errorOutput: ErrorOutput = .separate) throws -> Result {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments, input: input, errorOutput: errorOutput)
    }
}

/// Data handed from a reader thread to the waiting one (the DispatchGroup orders the two).
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}
