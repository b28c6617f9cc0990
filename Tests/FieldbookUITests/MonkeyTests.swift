import Foundation
import FieldbookCore
@testable import FieldbookUI
import GRDB
import Testing
import TerminalKit

/// Random key streams into the whole app over the demo database: nothing may trap, and the
/// database must be consistent afterwards (docs/reliability.md).
///
/// CI runs a few seeds of a few thousand keys. Longer: `FIELDBOOK_MONKEY_SEEDS=50
/// FIELDBOOK_MONKEY_KEYS=100000 swift test --filter MonkeyTests`; replay one seed with
/// `FIELDBOOK_MONKEY_SEED=N`. A trap kills the test process, so the seed is printed *before*
/// each run: the last "monkey: seed" line in the log is the one to replay.
@Suite struct MonkeyTests {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static var seeds: [UInt64] {
        if let one = environment["FIELDBOOK_MONKEY_SEED"].flatMap(UInt64.init) { return [one] }
        let count = environment["FIELDBOOK_MONKEY_SEEDS"].flatMap(Int.init) ?? 3
        return (1...max(count, 1)).map { UInt64($0) }
    }

    static var keysPerSeed: Int { environment["FIELDBOOK_MONKEY_KEYS"].flatMap(Int.init) ?? 2000 }

    @Test(arguments: seeds)
    func randomKeysLeaveTheDatabaseConsistent(seed: UInt64) throws {
        FileHandle.standardError.write(Data("monkey: seed \(seed), \(Self.keysPerSeed) keys\n".utf8))
        let db = try AppDatabase.inMemory(clock: testClock)
        try db.fillDemo(language: seed.isMultiple(of: 2) ? .zh : .en)
        let invariants = DatabaseInvariants(database: db)
        let before = try invariants.completedVisits()
        let visitIds = try db.reader.read { try String.fetchAll($0, sql: "SELECT id FROM siteVisit ORDER BY id") }
        let session = try TemporarySession(routes: [])
        defer { session.remove() }

        var keys = MonkeyKeys(seed: seed, size: Size(width: 80, height: 24))
        var launchPicks = SeededRandom(seed: seed)
        func launch() -> Pilot<FieldbookApp> {
            // Every launch opens on a random visit's screen (as a restored session does), so the
            // monkey spends its keys inside the screens rather than finding its way there.
            let visit = visitIds[launchPicks.below(visitIds.count)]
            let routes: [[Route]] = [[], [.visit(id: visit)], [.checklist(visitId: visit)],
                                     [.visit(id: visit), .checklist(visitId: visit)], [.newVisit(enterpriseId: "missing")]]
            session.store.save([.dashboard] + routes[launchPicks.below(routes.count)])
            return makePilot(db: db, size: keys.size, session: session.store)
        }
        var pilot = launch()
        var launches = 1
        var screens: Set<String> = []
        for _ in 0..<Self.keysPerSeed {
            if pilot.hasQuit {
                // The user quit: start again on the same database, as they would.
                pilot = launch()
                launches += 1
            }
            switch keys.next() {
            case .key(let key): pilot.press(key)
            case .wait(let seconds): pilot.advance(by: .seconds(seconds))
            }
            if let top = pilot.program.routes.last { screens.insert(Self.name(of: top)) }
        }
        FileHandle.standardError.write(Data(
            "monkey: seed \(seed) done: \(launches) launches, screens \(screens.sorted())\n".utf8))

        let violations = try invariants.violations(since: before)
        #expect(violations.isEmpty, "seed \(seed): \(violations.joined(separator: "\n"))")
        // The monkey must get past the dashboard, or it proves little.
        #expect(screens.count >= 3, "seed \(seed) only saw \(screens.sorted())")
    }

    /// The case name of a route without its identifiers ("visit", "checklist").
    static func name(of route: Route) -> String {
        String(String(describing: route).prefix { $0 != "(" })
    }
}
