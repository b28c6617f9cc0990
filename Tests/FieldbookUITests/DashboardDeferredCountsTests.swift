import Foundation
import GRDB
import Testing
@testable import FieldbookCore
@testable import FieldbookUI
import TerminalKit

/// The real interface draws the dashboard's rows first and its counts at the next tick
/// (`AppEnvironment.defersDashboardCounts`), so the first frame never waits for counts that grow
/// with the database. What the inspector sees: "counting…" for a moment, then the figures; a
/// recount keeps the old figures until the new ones are in; a count that cannot be read says why.
@Suite struct DashboardDeferredCountsTests {
    func deferringPilot(_ db: AppDatabase, size: Size = Size(width: 80, height: 24)) throws -> Pilot<FieldbookApp> {
        var env = AppEnvironment(db: db, clock: testClock)
        env.defersDashboardCounts = true
        // The loop's clock is far from zero when the program starts, as a real monotonic clock
        // is: the counts' deadline must be measured from the start (`Program.start`).
        let clock = ManualClock(.seconds(3600))
        return Pilot(FieldbookApp(env: env, size: size), size: size, minimumSize: FieldbookApp.minimumSize, clock: clock)
    }

    @Test(arguments: registrySizes, [Language.zh, .en])
    func theRowsComeFirstAndTheCountsAtTheNextTick(size: Size, language: Language) throws {
        let (db, _) = try DashboardScreenTests().dayInProgress(language: language)
        var pilot = try deferringPilot(db, size: size)
        let first = pilot.contentText
        #expect(first.contains("十堰鑫泰汽车零部件"))
        if language == .zh {
            #expect(first.contains("整改跟进 [f]  正在统计…"))
            #expect(first.contains("数据导出 [x]  正在统计… · 尚未导出过"))
            #expect(!first.contains("已逾期"))
        } else {
            #expect(first.contains("counting…"))
            #expect(first.contains("never exported"))
            #expect(!first.contains("overdue"))
        }
        // The loop ticks shortly after presenting the first frame, not at once (the frame
        // reaches the terminal before the counting starts).
        #expect(pilot.program.deadline != nil)
        pilot.advance(by: .zero)
        #expect(pilot.contentText.contains(language == .zh ? "正在统计…" : "counting…"))
        pilot.advance(by: DashboardScreen.countsDelay)
        let filled = pilot.contentText
        if language == .zh {
            #expect(filled.contains("已逾期 1 项"))
            #expect(filled.contains("7 天内到期 1 项"))
            #expect(filled.contains("未导出的走访 2 条"))
            #expect(!filled.contains("正在统计"))
        } else {
            #expect(filled.contains("1 overdue"))
            #expect(filled.contains("2 visits not exported"))
            #expect(!filled.contains("counting"))
        }
        // Nothing more to wait for: an idle dashboard does not wake.
        #expect(pilot.program.deadline == nil)
    }

    @Test func backOnTheDashboardTheOldCountsStayUntilTheNewOnesAreIn() throws {
        let (db, draft) = try DashboardScreenTests().dayInProgress(language: .zh)
        var pilot = try deferringPilot(db)
        pilot.advance(by: DashboardScreen.countsDelay)
        #expect(pilot.contentText.contains("7 天内到期 1 项"))
        pilot.press(.character("f"))
        #expect(pilot.program.routes == [.dashboard, .followUps])
        // Meanwhile another recommendation due within the week (on today's draft).
        try db.addRecommendation(visitId: draft.id, text: "补缴社会保险", priority: .high, deadline: LocalDate("2026-12-03")!)
        pilot.press(.escape)
        #expect(pilot.program.routes == [.dashboard])
        #expect(pilot.contentText.contains("7 天内到期 1 项"))
        pilot.advance(by: DashboardScreen.countsDelay)
        #expect(pilot.contentText.contains("7 天内到期 2 项"))
    }

    @Test func countsThatCannotBeReadSayWhyInTheirPlace() throws {
        let (db, _) = try DashboardScreenTests().dayInProgress(language: .en)
        var pilot = try deferringPilot(db, size: Size(width: 120, height: 40))
        pilot.advance(by: DashboardScreen.countsDelay)
        #expect(pilot.contentText.contains("1 overdue"))
        // Counted once; then the table the counts need goes away (a damaged file), and the
        // dashboard is shown again (back from the enterprise list).
        try db.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "DROP TABLE recommendation")
        }
        pilot.press(.character("e"))
        #expect(pilot.program.routes == [.dashboard, .enterprises])
        pilot.press(.escape)
        #expect(pilot.program.routes == [.dashboard])
        pilot.advance(by: DashboardScreen.countsDelay)
        // The old figures are not left on screen as if they were current.
        #expect(!pilot.contentText.contains("1 overdue"))
        let screen = pilot.contentText
        #expect(!screen.contains("counting…"))
        #expect(screen.contains("recommendation"))
        #expect(screen.contains("Follow-ups"))
        #expect(pilot.program.deadline == nil)
    }
}
