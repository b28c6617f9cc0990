import Foundation
import TerminalHarness

/// The one way tests run another program (the built `fieldbook`, python3, qpdf, pdftotext …).
///
/// Hand-written rather than swift-subprocess to add no package to every build; started and reaped
/// by TerminalHarness's SpawnedProcess (why not Foundation's Process is said there). What it must get
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

    /// Runs `executable` to its end (ten minutes at most: then it is killed and this throws).
    /// `environment` nil inherits ours.
    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
                           currentDirectory: URL? = nil, input: Data? = nil,
                           errorOutput: ErrorOutput = .separate) throws -> Result {
        let errorStream: SpawnedProcess.Stream = switch errorOutput {
        case .separate: .pipe
        case .mergedWithOutput: .sameAsOutput
        case .discarded: .null
        }
        let process = try SpawnedProcess(executable.path, arguments, environment: environment,
                                         currentDirectory: currentDirectory?.path,
                                         input: input == nil ? .null : .pipe, output: .pipe, errorOutput: errorStream)

        let group = DispatchGroup()
        let errData = Collected()
        if let stderr = process.errorOutput {
            DispatchQueue.global().async(group: group) {
                errData.set(stderr.readDataToEndOfFile())
            }
        }
        if let stdin = process.input, let input {
            DispatchQueue.global().async(group: group) {
                // A child that exits without reading all of it closes the pipe: that is not our error.
                try? stdin.write(contentsOf: input)
                try? stdin.close()
            }
        }
        let outData = process.output?.readDataToEndOfFile() ?? Data()
        group.wait()
        let status = try process.wait()
        return Result(status: status, stdout: outData, stderr: errData.get())
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
