import Foundation
import Testing
import TerminalHarness

/// The harness itself, driving small shell programs whose behaviour is known.
@Suite struct HarnessTests {
    @Test func typesLiteralChineseAndReadsItBack() async throws {
        try await TerminalSession.with(["cat"], width: 40, height: 6) { session in
            try session.type("中文 and English")
            try session.press("Enter")
            // The terminal echoes the line and cat repeats it.
            let screen = try await session.waitUntil("the line twice") {
                $0.lines.filter { $0 == "中文 and English" }.count == 2
            }
            #expect(screen.lines.first == "中文 and English")
        }
    }

    @Test func reportsExitStatus() async throws {
        // The pause lets tmux read "bye" from the pty before it reaps the program: when the
        // exit comes first, tmux may mark the pane dead without the last output (seen under load).
        try await TerminalSession.with(["sh", "-c", "echo bye; sleep 0.3; exit 7"], width: 40, height: 5) { session in
            let state = try await session.waitForExit()
            #expect(state.exitStatus == 7)
            #expect(state.exitSignal == nil)
            #expect(try session.capture(scrollback: true).contains("bye"))
        }
    }

    @Test func deliversSignalsToTheProgramInsideAWrapper() async throws {
        try await TerminalSession.with(["sh", "-c", "sleep 300; echo \"wrapper saw $?\"; sleep 300"], width: 40, height: 5) { session in
            // The innermost process is `sleep`; the wrapper shell goes on and reports how it ended.
            try await session.waitUntil("sleep to start") { _ in
                let pid = (try? session.programPID()) ?? 0
                return (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) == "sleep\n"
            }
            try session.signal(SIGTERM)
            try await session.waitFor("wrapper saw 143")
        }
    }

    @Test func resizesTheWindow() async throws {
        let script = "trap 'echo size $(tput cols)x$(tput lines)' WINCH; echo ready; while :; do sleep 0.05; done"
        try await TerminalSession.with(["bash", "-c", script], width: 60, height: 10) { session in
            try await session.waitFor("ready")
            #expect(try session.state().width == 60)
            try session.resize(width: 72, height: 14)
            try await session.waitFor("size 72x14")
            let state = try session.state()
            #expect(state.width == 72 && state.height == 14)
            #expect(try session.capture().lines.count == 14)
        }
    }

    @Test func timesOutWithTheScreenInTheError() async throws {
        try await TerminalSession.with(["sh", "-c", "echo 屏幕内容; exec sleep 86400"], width: 40, height: 5) { session in
            try await session.waitFor("屏幕内容")
            do {
                try await session.waitFor("never shown", timeout: .milliseconds(200))
                Issue.record("waitFor should have timed out")
            } catch let error as HarnessError {
                #expect(error.description.contains("屏幕内容"))
            }
        }
    }

    @Test func killEndsTheProgram() async throws {
        let session = try TerminalSession(["sleep", "300"], width: 20, height: 3)
        let pid = try session.programPID()
        session.kill()
        try await Task.sleep(for: .milliseconds(50))
        var stopped = false
        for _ in 0..<100 where !stopped {
            // Gone, or a zombie nobody reaps (its parent, the server, is gone too).
            let status = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
            stopped = status.map { $0.contains(") Z ") } ?? true
            if !stopped { try await Task.sleep(for: .milliseconds(20)) }
        }
        #expect(stopped)
        #expect(throws: HarnessError.self) { try session.capture() }
    }
}
