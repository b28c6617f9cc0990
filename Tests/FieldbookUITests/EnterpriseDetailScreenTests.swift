import Foundation
import Testing
@testable import FieldbookCore
@testable import FieldbookUI
import TerminalKit

@Suite struct EnterpriseDetailScreenTests {
    /// 十堰鑫泰 with three completed visits (low → high → major), a draft and an open recommendation.
    func visitedEnterprise(language: Language) throws -> (AppDatabase, Enterprise, newest: SiteVisit) {
        let db = try RegistryFixtures.sampleDatabase(language: language)
        let xintai = try RegistryFixtures.enterprise(db, named: "十堰鑫泰汽车零部件有限公司")
        try RegistryFixtures.visit(db, enterpriseId: xintai.id, date: LocalDate("2026-03-01")!, level: .low)
        try RegistryFixtures.visit(db, enterpriseId: xintai.id, date: LocalDate("2026-06-01")!, level: .high)
        let major = try db.startVisit(enterpriseId: xintai.id, type: .wageArrearsCheck, date: LocalDate("2026-10-01")!)
        try db.setAnswer(visitId: major.id, itemCode: "SP-01", value: .nonCompliant)
        try db.addRecommendation(visitId: major.id, itemCodes: ["SP-01"], text: "立即清退童工并建立年龄核查制度",
                                 priority: .high, deadline: LocalDate("2026-10-08")!)
        try db.completeVisit(id: major.id)
        let draft = try RegistryFixtures.visit(db, enterpriseId: xintai.id, date: LocalDate("2026-11-29")!, level: .low,
                                               draft: true)
        return (db, try #require(try db.enterprise(id: xintai.id)), draft)
    }

    func open(_ db: AppDatabase, _ enterprise: Enterprise, size: Size) -> Pilot<FieldbookApp> {
        var pilot = makePilot(db: db, size: size)
        pilot.press(.character("e"))
        pilot.type("鑫泰")
        pilot.press(.enter)
        return pilot
    }

    @Test(arguments: registrySizes, [Language.zh, .en])
    func showsProfileVisitsTrendAndOpenRecommendations(size: Size, language: Language) throws {
        let (db, xintai, _) = try visitedEnterprise(language: language)
        let pilot = open(db, xintai, size: size)
        #expect(pilot.program.routes.last == .enterprise(id: xintai.id))
        let screen = pilot.contentText
        for value in [xintai.creditCode, "张湾区", "汽车零部件制造", "420", "王建国", "0719-8231456",
                      "2026-10-01", "2026-06-01", "2026-03-01", "2026-10-08", "立即清退童工"] {
            #expect(screen.contains(value), "missing \(value)")
        }
        // Risk ranks low 1, high 3, major 4 (of 4), draft low 1, on one row: ▂ ▆ █ ▂.
        #expect(screen.contains("▂▆█▂"))
        if language == .zh {
            for text in ["信用代码", "诚信等级", "A级", "和谐企业", "市级", "来源", "名录", "走访记录（4）", "风险趋势",
                         "重大风险", "高风险", "低风险", "草稿", "待整改建议（1）"] {
                #expect(screen.contains(text), "missing \(text)")
            }
        } else {
            for text in ["Credit code", "Rating", "Harmonious", "city", "Source", "registry", "Visits (4)", "Risk trend",
                         "major", "high", "low", "draft", "Open recommendations (1)"] {
                #expect(screen.contains(text), "missing \(text)")
            }
        }
    }

    @Test func startsAVisitHereAndOpensTheSelectedOne() throws {
        let (db, xintai, newest) = try visitedEnterprise(language: .zh)
        var env = AppEnvironment(db: db, clock: testClock, inspector: try db.currentInspector())
        var screen = EnterpriseDetailScreen(enterpriseId: xintai.id)
        try screen.reload(env: env)
        let area = FieldbookApp.contentArea(in: Size(width: 80, height: 24))
        #expect(screen.handle(.character("v"), area: area, env: &env) == .push(.newVisit(enterpriseId: xintai.id)))
        #expect(screen.handle(.enter, area: area, env: &env) == .push(.visit(id: newest.id)))
        _ = screen.handle(.down, area: area, env: &env)
        let second = try db.visitHistory(enterpriseId: xintai.id).rows[1]
        #expect(screen.handle(.enter, area: area, env: &env) == .push(.visit(id: second.id)))
    }

    @Test func anEnterpriseWithoutVisitsSaysHowToStartOne() throws {
        let db = try RegistryFixtures.sampleDatabase(language: .en)
        var pilot = makePilot(db: db)
        pilot.press(.character("e"))
        pilot.type("华鼎")
        pilot.press(.enter)
        #expect(pilot.contentText.contains("No visits yet. Press v to start one."))
        #expect(pilot.contentText.contains("No open recommendations."))
    }
}
