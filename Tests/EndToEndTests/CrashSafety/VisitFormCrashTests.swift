import FieldbookCore
import FieldbookUI
import Foundation
import Testing
import TerminalHarness

/// The real binary in tmux filling the visit form (persons met and the six workforce figures),
/// killed with SIGKILL at random moments. A field is saved when it is left, so after every kill
/// each field left before the kill holds exactly what was typed, the field being typed holds
/// either its old value or everything typed (never part of it), and the fields after it are
/// untouched; the app then opens again on the same form showing what the database holds.
///
/// CI: 10 runs. Longer: `FIELDBOOK_CRASH_RUNS=200`; other kill moments: `FIELDBOOK_CRASH_SEED=N`.
@Suite(.serialized) struct VisitFormCrashTests {
    /// The fields typed, in focus order: form label (English, as the demo database is) and column.
    static let fields: [(label: String, column: String)] = [
        ("Met", "personsMet"), ("Employees", "employees"), ("Contracts", "writtenContracts"),
        ("Insured", "socialInsuranceEnrolled"), ("Dispatched", "dispatchedWorkers"),
        ("Migrant", "migrantWorkers"), ("Attendees", "attendees"),
    ]
    /// Tabs from where the form opens (the start time, its first empty field) to "persons met".
    static let tabsToFirstField = 3

    static var runs: Int { CrashSafetyTests.environment["FIELDBOOK_CRASH_RUNS"].flatMap(Int.init) ?? 10 }

    /// Values a run types: every field's value distinct from the others and from anything else on
    /// the form, so "shown on its line" cannot be satisfied by another field; sub-counts stay at or
    /// below the employees so that every one of them can be saved.
    static func values(_ random: inout SeededRandom) -> [String] {
        ["接待人王经理\(random.int(in: 10...99))",
         String(random.int(in: 5000...9999)),
         String(random.int(in: 1000...1999)), String(random.int(in: 2000...2999)),
         String(random.int(in: 3000...3999)), String(random.int(in: 4000...4999)),
         String(random.int(in: 10000...19999))]
    }

    /// Waits until `value` shows on the line of the field labelled `label`.
    static func waitForField(_ session: TerminalSession, _ label: String, _ value: String) async throws {
        _ = try await session.waitUntil("\(label) showing \(value)") { screen in
            screen.lines.contains { $0.contains(label) && $0.contains(value) }
        }
    }

    @Test func killedWhileFillingTheVisitFormLosesOnlyTheFieldBeingTyped() async throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("fieldbook.sqlite")
        let fixture = try CrashFixture(path: path)
        var random = SeededRandom(seed: CrashSafetyTests.seed)
        let columns = Self.fields.map(\.column)
        print("visit form crash safety: seed \(CrashSafetyTests.seed), \(Self.runs) runs")
        var kills = 0, confirmedFields = 0, inFlightKept = 0, inFlightLost = 0

        for run in 1...Self.runs {
            let visit = try fixture.startDraft { .visit(id: $0) }
            let before = try fixture.visitRow(visit, columns: columns).values
            let values = Self.values(&random)
            // Fields typed and left (confirmed once the next field's text shows), then one typed
            // and shown but maybe not left; then perhaps a Tab and part of the next, unconfirmed.
            let confirmed = random.int(in: 0...(Self.fields.count - 2))
            let sendsTab = random.below(2) == 0
            let partial = random.int(in: 0...3)
            let pause = random.int(in: 0...40)

            try await TerminalSession.with([FieldbookBinary.path, "--db", path], width: 100, height: 30,
                                           environment: ["HOME": scratch.url.path]) { session in
                try await session.waitFor(Self.fields[1].label)
                for _ in 0..<Self.tabsToFirstField { try session.press("Tab") }
                for index in 0...confirmed {
                    if index > 0 { try session.press("Tab") }
                    try session.type(values[index])
                    try await Self.waitForField(session, Self.fields[index].label, values[index])
                }
                if sendsTab {
                    try session.press("Tab")
                    try session.type(String(values[confirmed + 1].prefix(partial)))
                }
                if pause > 0 { try await Task.sleep(for: .milliseconds(pause)) }
                try await CrashSafetyTests.kill(session)
            }
            kills += 1

            let (integrity, stored) = try fixture.visitRow(visit, columns: columns)
            #expect(integrity == ["ok"], "run \(run): \(integrity)")
            for (index, field) in Self.fields.enumerated() {
                let value = stored[field.column], old = before[field.column]
                if index < confirmed {
                    #expect(value == values[index], "run \(run): \(field.label) was left with \(values[index]) but holds \(value ?? "nothing")")
                } else if index == confirmed {
                    #expect(value == old || (sendsTab && value == values[index]),
                            "run \(run): \(field.label), being typed, holds \(value ?? "nothing")")
                    if value == values[index] { inFlightKept += 1 } else { inFlightLost += 1 }
                } else {
                    #expect(value == old, "run \(run): \(field.label) was never left but holds \(value ?? "nothing")")
                }
            }
            confirmedFields += confirmed

            // Starting again opens the same form, showing what the database holds.
            try await TerminalSession.with([FieldbookBinary.path, "--db", path], width: 100, height: 30,
                                           environment: ["HOME": scratch.url.path]) { session in
                try await session.waitFor(Self.fields[1].label)
                for field in Self.fields {
                    if let value = stored[field.column], !value.isEmpty {
                        try await Self.waitForField(session, field.label, value)
                    }
                }
                try await CrashSafetyTests.kill(session)
            }
            kills += 1
        }
        print("visit form crash safety: \(kills) kills, \(confirmedFields) fields left before a kill all kept; " +
              "field being typed kept \(inFlightKept) times, lost \(inFlightLost) times")
    }
}
