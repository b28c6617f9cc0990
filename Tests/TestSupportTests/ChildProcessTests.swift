import Foundation
import Testing
import TestSupport

@Suite("The tests' child-process runner")
struct ChildProcessTests {
    /// A child that fills standard error (well past a pipe's 64 KiB) before writing anything to
    /// standard output: reading standard output to its end first would wait forever.
    @Test("Large output on both streams, standard error first, comes back whole")
    func drainsBothStreamsAtOnce() throws {
        let result = try ChildProcess.tool("python3", ["-c", """
            import sys
            sys.stderr.write('e' * 300000); sys.stderr.flush()
            sys.stdout.write('o' * 300000); sys.stdout.flush()
            """])
        #expect(result.status == 0)
        #expect(result.stdout.count == 300_000 && result.stderr.count == 300_000)
    }

    @Test("Standard input is written while the output is read; merged and discarded error output")
    func inputAndErrorOutputChoices() throws {
        let input = Data(String(repeating: "中文\n", count: 50_000).utf8)
        let echoed = try ChildProcess.tool("python3", ["-c", "import sys; d = sys.stdin.buffer.read(); sys.stdout.buffer.write(d); sys.stdout.flush(); sys.stderr.write('done')"],
                                           input: input, errorOutput: .mergedWithOutput)
        #expect(echoed.stdout == input + Data("done".utf8))
        let quiet = try ChildProcess.tool("python3", ["-c", "import sys; sys.stderr.write('x'); sys.exit(3)"],
                                          errorOutput: .discarded)
        #expect(quiet.status == 3 && quiet.stdout.isEmpty && quiet.stderr.isEmpty)
    }

    @Test("The repository root holds Package.swift")
    func repositoryRoot() {
        #expect(FileManager.default.fileExists(atPath: Repository.url("Package.swift").path))
    }
}
