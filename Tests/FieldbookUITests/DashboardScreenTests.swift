import Foundation
import Testing
@testable import FieldbookCore
@testable import FieldbookUI
import TerminalKit

@Suite struct DashboardScreenTests {
    /// Today a draft at one enterprise; earlier a completed visit at another with one overdue
    /// and one soon-due recommendation.
    func dayInProgress(language: Language) throws -> (AppDatabase, draft: SiteVisit) {
        let db = try RegistryFixtures.sampleDatabase(language: language)
        let xintai = try RegistryFixtures.enterprise(db, named: "十堰鑫泰汽车零部件有限公司")
        let huading = try RegistryFixtures.enterprise(db, named: "十堰华鼎车桥制造股份有限公司")
        let draft = try RegistryFixtures.visit(db, enterpriseId: xintai.id, date: testClock.today(), level: .medium, draft: true)
        let earlier = try db.startVisit(enterpriseId: huading.id, type: .summons, date: LocalDate("2026-11-10")!)
        try db.setAnswer(visitId: earlier.id, itemCode: "LC-01", value: .nonCompliant)
        try db.addRecommendation(visitId: earlier.id, text: "补签劳动合同", priority: .high, deadline: LocalDate("2026-11-20")!)
        try db.addRecommendation(visitId: earlier.id, text: "完善职工名册", priority: .low, deadline: LocalDate("2026-12-02")!)
        try db.completeVisit(id: earlier.id)
        return (db, draft)
    }

    @Test(arguments: registrySizes, [Language.zh, .en])
    func showsTheDayAndOneKeyPerArea(size: Size, language: Language) throws {
        let (db, _) = try dayInProgress(language: language)
        let pilot = makePilot(db: db, size: size)
        let screen = pilot.contentText
        #expect(screen.contains("十堰鑫泰汽车零部件"))
        if language == .zh {
            #expect(screen.contains("今日走访（1）"))
            #expect(screen.contains("待完成的草稿（1）"))
            #expect(screen.contains("已逾期 1 项"))
            #expect(screen.contains("7 天内到期 1 项"))
            #expect(screen.contains("未导出的走访 2 条"))
            #expect(screen.contains("尚未导出过"))
            #expect(screen.contains("e 企业名录"))
            #expect(screen.contains("x 导出"))
        } else {
            #expect(screen.contains("Today's visits (1)"))
            #expect(screen.contains("Drafts to finish (1)"))
            #expect(screen.contains("1 overdue"))
            #expect(screen.contains("1 due within 7 days"))
            #expect(screen.contains("2 visits not exported"))
            #expect(screen.contains("never exported"))
            #expect(screen.contains("e enterprises"))
            #expect(screen.contains("x export"))
        }
    }

    @Test func theLastExportTimeIsShownInLocalTime() throws {
        let (db, _) = try dayInProgress(language: .zh)
        try db.advanceExportCursor(through: 1, bundleId: "b1", bundleSequence: 1)
        let pilot = makePilot(db: db)
        // testNow is 10:00 in Shiyan; the cursor was stamped with the fixed clock.
        #expect(pilot.contentText.contains("上次导出 2026-11-29 10:00"))
    }

    @Test func enterOpensTheSelectedDraftAndLettersOpenTheAreas() throws {
        let (db, draft) = try dayInProgress(language: .zh)
        let env = AppEnvironment(db: db, clock: testClock, inspector: try db.currentInspector())
        var screen = DashboardScreen()
        try screen.reload(env: env)
        var mutableEnv = env
        let area = FieldbookApp.contentArea(in: Size(width: 80, height: 24))
        #expect(screen.handle(.enter, area: area, env: &mutableEnv) == .push(.visit(id: draft.id)))
        #expect(screen.handle(.character("f"), area: area, env: &mutableEnv) == .push(.followUps))
        #expect(screen.handle(.character("x"), area: area, env: &mutableEnv) == .push(.export))
        #expect(screen.handle(.character("n"), area: area, env: &mutableEnv) == .push(.newEnterprise))

        var pilot = makePilot(db: db)
        pilot.press(.character("e"))
        #expect(pilot.program.routes == [.dashboard, .enterprises])
    }

    /// The title counts every visit of the day, not only the rows read for the screen (it said
    /// "(20)" on a day of 275 visits).
    @Test func todaysTitleCountsEveryVisitNotOnlyTheRowsShown() throws {
        let db = try RegistryFixtures.sampleDatabase(language: .zh)
        let enterprise = try RegistryFixtures.enterprise(db, named: "十堰鑫泰汽车零部件有限公司")
        var visits: [SiteVisit] = []
        for _ in 0..<23 {
            visits.append(try db.startVisit(enterpriseId: enterprise.id, type: .riskScreening, date: testClock.today()))
        }
        try db.voidVisit(id: visits[0].id, reason: "录入错误，重复建档")
        let pilot = makePilot(db: db, size: Size(width: 120, height: 40))
        #expect(pilot.contentText.contains("今日走访（22）"))
        #expect(pilot.contentText.contains("待完成的草稿（22）"))
    }

    @Test func anEmptyDaySaysSo() throws {
        let pilot = makePilot(db: try makeTestDatabase(language: .en))
        #expect(pilot.contentText.contains("No visits today yet"))
        #expect(pilot.contentText.contains("No unfinished drafts."))
    }
}
