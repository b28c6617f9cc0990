import FieldbookCore
import FieldbookUI
import Foundation
import GRDB
import Testing
import TerminalHarness

/// The real binary in tmux, typing at a steady rate into the focused text field of every form
/// (visit notes, checklist note, recommendation text, new enterprise name, first-run setup name,
/// reopen reason), killed with SIGKILL at a random moment. The text being typed is written to the
/// drafts file (`DATABASE.drafts`) at every key, so after each kill:
/// - the draft holds a prefix of what was typed, never anything else, and at most the last second
///   of typing is missing (every character sent more than 1 s before the kill is there);
/// - nothing else changed: the database's records are as they were before the form opened;
/// - started again, the app shows the text in its field with the cursor after it: a character
///   typed then is appended (checked in the drafts file after a second kill).
///
/// CI: `runs` per form (1: 6 forms × 2 kills). Longer: `FIELDBOOK_TEXT_CRASH_RUNS=9` (108 kills);
/// other moments: `FIELDBOOK_CRASH_SEED=N` (docs/reliability.md).
@Suite(.serialized) struct TextFieldCrashTests {
    static var runs: Int { CrashSafetyTests.environment["FIELDBOOK_TEXT_CRASH_RUNS"].flatMap(Int.init) ?? 1 }

    enum Form: String, CaseIterable {
        case visitNotes, checklistNote, recommendation, newEnterprise, setup, reopenReason
    }

    /// What one run needs: where the app starts, the keys to the field, and where the draft is.
    struct Setup {
        var ready: String
        var keys: [String]
        var route: Route
        var field: String
        /// What the screen shows once the keys are handled (the field is then focused).
        var focused: String
    }

    /// Characters typed: Chinese and Latin, none that tmux or the form treats specially.
    static let pool = Array("现场检查工资台账未签合同社保缴纳abcdefghkmnpqrstuwxyz")

    /// The records, summarised: row counts and the highest change sequence of every synced table
    /// (any write through core moves one of them).
    static func fingerprint(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            var parts = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            for table in ["inspector", "enterprise", "siteVisit", "answer", "recommendation", "auditEvent", "tombstone"]
            where try db.tableExists(table) {
                let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
                let columns = try db.columns(in: table).map(\.name)
                let seq = columns.contains("changeSeq")
                    ? try Int.fetchOne(db, sql: "SELECT MAX(changeSeq) FROM \(table)") ?? 0 : 0
                parts.append("\(table) \(count) \(seq)")
            }
            return parts
        }
    }

    /// Prepares the database for `form` and says how to reach its field.
    static func prepare(_ form: Form, path: String, fixture: CrashFixture?) throws -> Setup {
        let session = SessionStore(databasePath: path)
        try? FileManager.default.removeItem(atPath: session.draftsPath)
        switch form {
        case .visitNotes:
            let visit = try fixture!.startDraft { .visit(id: $0) }
            // The form opens on the start time: back past type, date and enterprise to the notes.
            return Setup(ready: "Notes", keys: ["BTab", "BTab", "BTab", "BTab"], route: .visit(id: visit), field: "notes",
                         focused: "Notes")
        case .checklistNote:
            let visit = try fixture!.startDraft()
            let first = try fixture!.itemCodes(of: visit)[0]
            return Setup(ready: "checked", keys: ["e"], route: .checklist(visitId: visit), field: "note:" + first,
                         focused: "Note · " + first)
        case .recommendation:
            let visit = try fixture!.startDraft { .newRecommendation(visitId: $0, itemCode: nil) }
            return Setup(ready: "Deadline", keys: [], route: .newRecommendation(visitId: visit, itemCode: nil),
                         field: "text", focused: "Deadline")
        case .newEnterprise:
            session.save([.dashboard, .newEnterprise])
            return Setup(ready: "Credit code", keys: ["Tab"], route: .newEnterprise, field: "name", focused: "Credit code")
        case .setup:
            // A database nobody has set up: the app opens on first-run setup.
            try? FileManager.default.removeItem(atPath: path)
            let database = try AppDatabase.open(path: path)
            try database.writer.close()
            return Setup(ready: "Inspector name", keys: [], route: .setup, field: "name", focused: "Inspector name")
        case .reopenReason:
            let visit = try fixture!.startDraft { .review(visitId: $0) }
            let database = try AppDatabase.open(path: path)
            try database.completeVisit(id: visit)
            try database.writer.close()
            return Setup(ready: "Completed and locked", keys: ["o"], route: .review(visitId: visit), field: "reopenReason",
                         focused: "Reopen visit")
        }
    }

    static func draftText(_ path: String, _ setup: Setup) -> String {
        let entry = SessionStore(databasePath: path).loadDrafts().first { $0.route == setup.route }
        return entry?.draft.fields[setup.field] ?? ""
    }

    @Test func killedWhileTypingLosesAtMostTheLastSecond() async throws {
        let scratch = try ScratchDirectory()
        var random = SeededRandom(seed: CrashSafetyTests.seed)
        print("text field crash safety: seed \(CrashSafetyTests.seed), \(Self.runs) runs per form")
        var kills = 0, typed = 0, kept = 0, worstMissingMs = 0
        var missing: [Int] = []

        for form in Form.allCases {
            // One database per form: the demo one, or (setup) a fresh one each run.
            let path = scratch.path("\(form.rawValue).sqlite")
            let fixture = form == .setup ? nil : try CrashFixture(path: path)
            for run in 1...Self.runs {
                let setup = try Self.prepare(form, path: path, fixture: fixture)
                let before = try Self.fingerprint(path)
                let text = String((0..<random.int(in: 6...16)).map { _ in Self.pool[random.below(Self.pool.count)] })
                let interval = random.int(in: 40...90)           // ms between keys: 11–25 keys a second
                let killAfter = random.int(in: 1...text.count)   // characters sent before the kill
                let extra = random.int(in: 0...interval)
                var sent: [ContinuousClock.Instant] = []
                var killedAt = ContinuousClock.now

                try await TerminalSession.with([FieldbookBinary.path, "--db", path], width: 100, height: 30,
                                               environment: ["HOME": scratch.url.path]) { session in
                    try await session.waitFor(setup.ready)
                    for key in setup.keys { try session.press(key) }
                    try await session.waitFor(setup.focused)
                    for character in text.prefix(killAfter) {
                        try session.type(String(character))
                        sent.append(.now)
                        try await Task.sleep(for: .milliseconds(interval))
                    }
                    try await Task.sleep(for: .milliseconds(extra))
                    killedAt = .now
                    try await CrashSafetyTests.kill(session)
                }
                kills += 1

                let draft = Self.draftText(path, setup)
                let label = "\(form) run \(run)"
                #expect(text.hasPrefix(draft), "\(label): draft \"\(draft)\" is not what was typed (\"\(text)\")")
                // Every character sent more than a second before the kill is in the draft.
                let due = sent.filter { killedAt - $0 > .seconds(1) }.count
                #expect(draft.count >= due, "\(label): \(draft.count) characters kept, \(due) sent over 1 s before the kill")
                if draft.count < sent.count {
                    let lost = killedAt - sent[draft.count]
                    let ms = Int(lost.components.seconds * 1000 + lost.components.attoseconds / 1_000_000_000_000_000)
                    missing.append(ms)
                    worstMissingMs = max(worstMissingMs, ms)
                }
                typed += sent.count
                kept += draft.count
                #expect(try Self.fingerprint(path) == before, "\(label): the database changed")

                // Started again: the text is back in its field, the cursor after it.
                try await TerminalSession.with([FieldbookBinary.path, "--db", path], width: 100, height: 30,
                                               environment: ["HOME": scratch.url.path]) { session in
                    try await session.waitFor(setup.focused)
                    if !draft.isEmpty { try await session.waitFor(String(draft.suffix(4))) }
                    try session.type("Z")
                    try await session.waitFor(String(draft.suffix(3)) + "Z")
                    try await CrashSafetyTests.kill(session)
                }
                kills += 1
                #expect(Self.draftText(path, setup) == draft + "Z", "\(label): typing after the restart did not go on at the cursor")
                #expect(try Self.fingerprint(path) == before, "\(label): the restart changed the database")
            }
        }
        missing.sort()
        let median = missing.isEmpty ? 0 : missing[missing.count / 2]
        print("text field crash safety: \(kills) kills over \(Form.allCases.count) forms; \(kept) of \(typed) characters " +
              "sent were in the draft; typing missing at a kill: \(missing.count) times, median \(median) ms, worst \(worstMissingMs) ms")
    }
}
