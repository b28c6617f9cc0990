import FieldbookCore
import FieldbookUI
import Foundation
import GRDB
import Testing
import TerminalHarness

/// The real binary in tmux, answering checklist items, killed with SIGKILL at random moments.
/// After every kill: SQLite's integrity check passes, every answer the screen had confirmed is in
/// the database (answers sent but not yet shown may or may not be, but only as sent), and the app
/// opens again on the same checklist (docs/reliability.md).
///
/// CI: 20 runs. Longer: `FIELDBOOK_CRASH_RUNS=200`; other kill moments: `FIELDBOOK_CRASH_SEED=N`.
@Suite(.serialized) struct CrashSafetyTests {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }
    static var runs: Int { environment["FIELDBOOK_CRASH_RUNS"].flatMap(Int.init) ?? 20 }
    static var seed: UInt64 { environment["FIELDBOOK_CRASH_SEED"].flatMap(UInt64.init) ?? 7 }

    /// SIGKILL, then wait until the pane's process is gone (tmux may not report the signal, so
    /// `waitForExit`, which waits for an exit reason, is not used).
    static func kill(_ session: TerminalSession) async throws {
        try session.signal(SIGKILL)
        let deadline = ContinuousClock.now + .seconds(10)
        while try !session.state().isDead {
            guard ContinuousClock.now < deadline else { throw HarnessError.stillRunning(screen: try session.capture()) }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    @Test func killedDuringChecklistEntryLosesNothingConfirmed() async throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("fieldbook.sqlite")
        let fixture = try CrashFixture(path: path)
        var random = SeededRandom(seed: Self.seed)
        print("crash safety: seed \(Self.seed), \(Self.runs) runs")
        var kills = 0, confirmedAnswers = 0, unconfirmedKept = 0

        for run in 1...Self.runs {
            let visit = try fixture.startDraft()
            let items = try fixture.itemCodes(of: visit)
            let confirmed = random.int(in: 0...min(6, items.count - 4))
            let unconfirmed = random.int(in: 0...3)
            let choices: [(key: String, value: String)] = [("y", "compliant"), ("n", "nonCompliant"), ("a", "notApplicable")]
            let script = (0..<(confirmed + unconfirmed)).map { _ in choices[random.below(choices.count)] }
            let pause = random.int(in: 0...40)

            try await TerminalSession.with([FieldbookBinary.path, "--db", path], width: 100, height: 30,
                                           environment: ["HOME": scratch.url.path]) { session in
                try await session.waitFor("0/\(items.count) checked")
                // A non-compliant answer keeps its item focused (for its note): Down moves on.
                for (step, entry) in script.prefix(confirmed).enumerated() {
                    try session.press(entry.key)
                    if entry.key == "n" { try session.press("Down") }
                    try await session.waitFor("\(step + 1)/\(items.count) checked")
                }
                for entry in script.dropFirst(confirmed) {
                    try session.press(entry.key)
                    if entry.key == "n" { try session.press("Down") }
                }
                if pause > 0 { try await Task.sleep(for: .milliseconds(pause)) }
                try await Self.kill(session)
            }
            kills += 1

            let check = try fixture.check(visit: visit, items: items)
            #expect(check.integrity == ["ok"], "run \(run): \(check.integrity)")
            let stored = check.answers
            for (index, entry) in script.prefix(confirmed).enumerated() {
                #expect(stored[items[index]] == entry.value, "run \(run): confirmed answer \(index + 1) lost")
            }
            // Whatever else is stored is exactly what was sent, in order: no stray or torn answers.
            #expect(stored.count <= script.count, "run \(run): \(stored.count) answers for \(script.count) keys")
            for (index, code) in items.enumerated() where stored[code] != nil {
                #expect(index < script.count && stored[code] == script[index].value,
                        "run \(run): answer \(index + 1) is \(stored[code] ?? "") but nothing like it was sent")
            }
            confirmedAnswers += confirmed
            unconfirmedKept += stored.count - confirmed

            // Starting again opens the same checklist, showing what the database holds.
            try await TerminalSession.with([FieldbookBinary.path, "--db", path], width: 100, height: 30,
                                           environment: ["HOME": scratch.url.path]) { session in
                try await session.waitFor("\(stored.count)/\(items.count) checked")
                try await Self.kill(session)
            }
            kills += 1
        }
        print("crash safety: \(kills) kills, \(confirmedAnswers) confirmed answers all kept, " +
              "\(unconfirmedKept) of the unconfirmed kept")
    }
}
