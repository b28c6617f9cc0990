import Foundation
import Testing
import TerminalHarness

/// The spawner every test's child goes through (TerminalHarness/SpawnedProcess.swift): exit
/// statuses, deadlines, what the child inherits, and waits from any thread.
@Suite("Starting and reaping child processes")
struct SpawnedProcessTests {
    @Test("exit statuses, and 128 + N for a child ended by signal N")
    func statuses() throws {
        #expect(try SpawnedProcess("/bin/sh", ["-c", "exit 7"]).wait() == 7)
        let sleeper = try SpawnedProcess("/bin/sleep", ["30"])
        #expect(sleeper.isRunning)
        sleeper.signal(SIGTERM)
        #expect(try sleeper.wait() == 128 + SIGTERM)
        #expect(!sleeper.isRunning)
    }

    @Test("a child still running at the deadline is killed and reaped, and the wait throws")
    func deadline() throws {
        let sleeper = try SpawnedProcess("/bin/sleep", ["30"])
        #expect(throws: SpawnedProcess.SpawnError.self) { try sleeper.wait(timeout: .milliseconds(200)) }
        #expect(sleeper.poll() == 128 + SIGKILL)
    }

    /// A descriptor the parent left open without close-on-exec (as a concurrent test's pipe can
    /// be) does not reach the child: a long-lived child would otherwise hold that pipe open.
    @Test("the child gets standard input from /dev/null and no other descriptor of ours")
    func inheritsNothing() throws {
        let leaked: Int32 = 200
        let devNull = open("/dev/null", O_RDONLY)
        #expect(dup2(devNull, leaked) == leaked)
        close(devNull)
        defer { close(leaked) }
        let child = try SpawnedProcess("/usr/bin/env", ["python3", "-c", """
            import os, sys
            print(os.readlink('/proc/self/fd/0'), sorted(int(f) for f in os.listdir('/proc/self/fd')))
            """], output: .pipe)
        let printed = String(decoding: child.output!.readDataToEndOfFile(), as: UTF8.self)
        #expect(try child.wait() == 0)
        #expect(printed.hasPrefix("/dev/null"), "\(printed)")
        #expect(!printed.contains("\(leaked)"), "\(printed)")
    }

    @Test("the child starts in the directory asked for")
    func directory() throws {
        let child = try SpawnedProcess("/bin/pwd", [], currentDirectory: "/usr/share", output: .pipe)
        #expect(String(decoding: child.output!.readDataToEndOfFile(), as: UTF8.self) == "/usr/share\n")
        #expect(try child.wait() == 0)
    }

    /// What hung CI with Foundation's Process: started on one cooperative thread, waited for on
    /// another after an `await`, many times over at once.
    @Test("started before an await and killed and waited for after it, from many tasks at once")
    func waitsAfterAnAwait() async throws {
        try await withThrowingTaskGroup(of: Int32.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    let child = try SpawnedProcess("/bin/sleep", ["30"])
                    try await Task.sleep(for: .milliseconds(20))
                    child.kill()
                    return child.poll() ?? -1
                }
            }
            for try await status in group { #expect(status == 128 + SIGKILL) }
        }
    }
}
