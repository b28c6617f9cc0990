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

    @Test(arguments: [Language.zh, .en])
    func listsTheBriefingsItAttendedAtAnothers(language: Language) throws {
        let db = try RegistryFixtures.sampleDatabase(language: language)
        let host = try RegistryFixtures.enterprise(db, named: "十堰鑫泰汽车零部件有限公司")
        let guest = try RegistryFixtures.enterprise(db, named: "湖北武当鸿远建设集团有限公司")
        for (day, place, attendees) in [("2026-09-10", "", nil), ("2026-11-20", "张湾区人社局三楼会议室", 4)] as [(String, String, Int?)] {
            var briefing = try db.startVisit(enterpriseId: host.id, type: .policyBriefing, date: LocalDate(day)!)
            briefing.place = place.isEmpty ? nil : place
            briefing = try db.updateVisit(briefing)
            try db.addParticipant(visitId: briefing.id, enterpriseId: guest.id, attendees: attendees)
        }
        let env = AppEnvironment(db: db, clock: testClock, language: language, inspector: try db.currentInspector())
        var screen = EnterpriseDetailScreen(enterpriseId: guest.id)
        try screen.reload(env: env)
        var buffer = Buffer(size: Size(width: 120, height: 40))
        screen.render(into: &buffer, area: Rect(x: 0, y: 0, width: 120, height: 40), env: env)
        let text = buffer.lines.joined(separator: "\n")
        if language == .zh {
            #expect(text.contains("参加政策宣讲 2 次 · 最近 2026-11-20，十堰鑫泰汽车零部件有限公司主办，张湾区人社局三楼会议室，本单位 4 人"), "\(text)")
        } else {
            // Cut to the page's width (120 columns here): the place is partly shown.
            #expect(text.contains("Attended 2 policy briefings · latest 2026-11-20, hosted by 十堰鑫泰汽车零部件有限公司, 张湾区"), "\(text)")
        }
        // Its own page is unchanged by what it hosted: the host's page names no attended briefing.
        var hostScreen = EnterpriseDetailScreen(enterpriseId: host.id)
        try hostScreen.reload(env: env)
        var hostBuffer = Buffer(size: Size(width: 120, height: 40))
        hostScreen.render(into: &hostBuffer, area: Rect(x: 0, y: 0, width: 120, height: 40), env: env)
        #expect(!hostBuffer.lines.joined().contains(language == .zh ? "参加政策宣讲" : "Attended"))
    }
}
