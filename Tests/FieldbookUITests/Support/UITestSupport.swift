import Foundation
import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// A fixed "now" for screen tests: 2026-11-29 10:00 in Shiyan (Asia/Shanghai).
let testNow = Date(timeIntervalSince1970: 1_795_917_600)
let testClock = AppClock.fixed(testNow)

/// An in-memory database, optionally already set up for an inspector.
func makeTestDatabase(inspector: String? = "王建国", language: Language = .zh) throws -> AppDatabase {
    let db = try AppDatabase.inMemory(clock: testClock)
    if let inspector { try db.initialize(inspectorName: inspector, district: "茅箭区", language: language) }
    return db
}

/// A pilot driving the whole app headless at `size`.
func makePilot(db: AppDatabase, size: Size = Size(width: 80, height: 24),
               session: SessionStore? = nil) -> Pilot<FieldbookApp> {
    let env = AppEnvironment(db: db, clock: testClock)
    return Pilot(FieldbookApp(env: env, session: session, size: size), size: size,
                 minimumSize: FieldbookApp.minimumSize)
}

extension Pilot {
    /// The screen as one string, for `contains` checks.
    var screenText: String { lines.joined(separator: "\n") }
}
