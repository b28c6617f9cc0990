import Foundation
import Testing
@testable import FieldbookCore
@testable import FieldbookUI
import TerminalKit

@Suite struct EnterprisesScreenTests {
    /// Table rows at 80×24: 22 content rows less search, a two-row filter bar, header and footer.
    static let bodyRows = 17

    func openList(_ db: AppDatabase, size: Size = Size(width: 80, height: 24)) -> Pilot<FieldbookApp> {
        var pilot = makePilot(db: db, size: size)
        pilot.press(.character("e"))
        return pilot
    }

    /// The rows of the table as the screen shows them, trimmed: the lines between the column
    /// header (the line with `header` and the last-visit column) and the footer or a blank line.
    func tableRows(_ pilot: Pilot<FieldbookApp>, header: String) -> [String] {
        let lines = pilot.lines
        guard let top = lines.firstIndex(where: { $0.contains(header) && ($0.contains("最近走访") || $0.contains("Last visit")) })
        else { return [] }
        return lines[(top + 1)...].map { $0.trimmingCharacters(in: .whitespaces) }
            .prefix { !$0.isEmpty && !$0.hasPrefix("第 ") && !$0.contains(" of ") }
            .map { $0 }
    }

    @Test(arguments: registrySizes, [Language.zh, .en])
    func listsTheRegistryWithItsColumns(size: Size, language: Language) throws {
        let db = try RegistryFixtures.sampleDatabase(language: language)
        let pilot = openList(db, size: size)
        let screen = pilot.contentText
        let first = try db.enterprises(sort: .name, limit: 1).rows[0]
        #expect(screen.contains(String(first.name.prefix(6))))
        if language == .zh {
            for title in ["搜索", "企业名称", "区县", "最近走访", "风险", "Alt-d 区县 全部", "Alt-s 排序 名称"] { #expect(screen.contains(title)) }
            #expect(screen.contains("共 66 家"))
        } else {
            for title in ["Search", "Name", "District", "Last visit", "Risk", "Alt-d District any", "Alt-s Sort name"] {
                #expect(screen.contains(title))
            }
            #expect(screen.contains("of 66"))
        }
    }

    @Test func searchesByPinyinInitialsAndByChineseSubstring() throws {
        let db = try RegistryFixtures.sampleDatabase()
        var pilot = openList(db)
        pilot.type("syhl")
        #expect(pilot.contentText.contains("十堰恒力精密铸造"))
        #expect(!pilot.contentText.contains("十堰恒达钢结构"))
        #expect(pilot.contentText.contains("Alt-s 排序 最匹配"))

        pilot.press(.ctrl("u"))
        pilot.type("物流")
        let rows = tableRows(pilot, header: "企业名称")
        let found = try db.searchEnterprises("物流")  // names first, then addresses
        #expect(found.count >= 2 && rows.count == min(found.count, Self.bodyRows))
        for (line, result) in zip(rows, found) { #expect(line.hasPrefix(String(result.enterprise.name.prefix(6)))) }
        #expect(pilot.contentText.contains("十堰畅达物流"))
        #expect(pilot.contentText.contains("共找到 \(try db.searchEnterprises("物流").count) 家"))
    }

    @Test func typingAlwaysGoesToSearchAndArrowsMoveTheList() throws {
        let db = try RegistryFixtures.sampleDatabase()
        var pilot = openList(db)
        pilot.press(.down, .down)
        pilot.press(.tab, .tab)  // search → filters → list
        pilot.type("华鼎")          // from the list, typing moves to the search field
        #expect(pilot.contentText.contains("十堰华鼎车桥"))
        pilot.press(.enter)
        let huading = try RegistryFixtures.enterprise(db, named: "十堰华鼎车桥制造股份有限公司")
        #expect(pilot.program.routes == [.dashboard, .enterprises, .enterprise(id: huading.id)])
    }

    @Test func nAddsAnEnterpriseFromTheListButTypesInTheSearchField() throws {
        let db = try RegistryFixtures.sampleDatabase()
        var pilot = openList(db)
        pilot.type("n")
        #expect(pilot.program.routes == [.dashboard, .enterprises])
        pilot.press(.backspace, .tab, .tab, .character("n"))
        #expect(pilot.program.routes == [.dashboard, .enterprises, .newEnterprise])
    }

    @Test func anUnknownNameSaysSoAndEnterOffersToAddIt() throws {
        let db = try RegistryFixtures.sampleDatabase(language: .en)
        var pilot = openList(db)
        pilot.type("不存在的企业")
        #expect(pilot.contentText.contains("\"不存在的企业\" is not in the registry"))
        pilot.press(.enter)
        #expect(pilot.program.routes == [.dashboard, .enterprises, .newEnterprise])
    }

    @Test func filtersNarrowTheRows() throws {
        let db = try RegistryFixtures.sampleDatabase()
        var pilot = openList(db)
        let district = try db.districts()[0]
        let inDistrict = try db.enterprises(filter: EnterpriseFilter(district: district), limit: 100)
        pilot.press(.alt("d"))
        #expect(pilot.contentText.contains("Alt-d 区县 \(district)"))
        #expect(pilot.contentText.contains("共 \(inDistrict.totalCount) 家"))
        let rows = tableRows(pilot, header: "企业名称")
        #expect(rows.count == min(inDistrict.totalCount, Self.bodyRows))
        #expect(rows.allSatisfy { $0.contains(String(district.prefix(2))) })

        pilot.press(.ctrl("r"))
        pilot.press(.alt("l"))  // red list: yes
        let redList = try db.enterprises(filter: EnterpriseFilter(redList: true)).totalCount
        #expect(redList > 0)
        #expect(pilot.contentText.contains("Alt-l 红名单 有"))
        #expect(pilot.contentText.contains("共 \(redList) 家"))
    }

    @Test func riskFilterAndSortFollowTheVisits() throws {
        let db = try RegistryFixtures.sampleDatabase()
        let xintai = try RegistryFixtures.enterprise(db, named: "十堰鑫泰汽车零部件有限公司")
        let huading = try RegistryFixtures.enterprise(db, named: "十堰华鼎车桥制造股份有限公司")
        try RegistryFixtures.visit(db, enterpriseId: xintai.id, date: LocalDate("2026-11-02")!, level: .major)
        try RegistryFixtures.visit(db, enterpriseId: huading.id, date: LocalDate("2026-11-20")!, level: .low)
        var pilot = openList(db)

        pilot.press(.alt("k"))  // risk: major
        #expect(pilot.contentText.contains("Alt-k 风险 重大风险"))
        var rows = tableRows(pilot, header: "企业名称")
        #expect(rows.count == 1)
        #expect(rows[0].contains("十堰鑫泰") && rows[0].contains("2026-11-02") && rows[0].contains("重大风险"))

        pilot.press(.ctrl("r"), .alt("s"))  // sort: last visit, most recent first
        #expect(pilot.contentText.contains("Alt-s 排序 最近走访"))
        rows = tableRows(pilot, header: "企业名称")
        #expect(rows[0].contains("十堰华鼎") && rows[0].contains("2026-11-20"))
        #expect(rows[1].contains("十堰鑫泰") && rows[1].contains("2026-11-02"))
    }

    @Test func pagesThroughThousandsOfEnterprisesByWindows() throws {
        let db = try makeTestDatabase()
        try RegistryFixtures.addSyntheticEnterprises(db, count: 2000)
        var pilot = openList(db)
        #expect(pilot.contentText.contains("共 2000 家"))
        let height = tableRows(pilot, header: "企业名称").count

        // Only the rows around the screen are read, never the whole registry.
        let env = AppEnvironment(db: db, clock: testClock, inspector: try db.currentInspector())
        var screen = EnterprisesScreen()
        try screen.reload(env: env)
        #expect(screen.window.total == 2000)
        #expect(screen.window.rows.count <= 3 * screen.pageHeight)

        pilot.press(.pageDown, .pageDown, .pageDown)
        var shown = tableRows(pilot, header: "企业名称")
        let footer = try #require(pilot.lines.first { $0.contains("共 2000 家") })
        let first = try #require(Int(footer.split(separator: "第")[1].split(separator: "–")[0].trimmingCharacters(in: .whitespaces)))
        #expect(first > 1)
        var expected = try db.enterprises(sort: .name, offset: first - 1, limit: height).rows
        #expect(shown.count == expected.count)
        for (line, enterprise) in zip(shown, expected) { #expect(line.hasPrefix(String(enterprise.name.prefix(5)))) }

        pilot.press(.tab, .tab, .end)  // in the list, End goes to the last enterprise
        shown = tableRows(pilot, header: "企业名称")
        expected = try db.enterprises(sort: .name, offset: 2000 - shown.count, limit: shown.count).rows
        #expect(pilot.contentText.contains("第 \(2000 - shown.count + 1)–2000 家"))
        for (line, enterprise) in zip(shown, expected) { #expect(line.hasPrefix(String(enterprise.name.prefix(5)))) }

        pilot.press(.home)
        #expect(pilot.contentText.contains("第 1–\(height) 家"))
    }
}
