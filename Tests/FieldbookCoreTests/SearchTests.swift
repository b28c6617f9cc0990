import Testing
@testable import FieldbookCore

@Suite("Enterprise search: Chinese, pinyin, initials, credit code, address")
struct SearchTests {
    static func registry() throws -> AppDatabase {
        let db = try Fixtures.database(template: false)
        let rows: [(String, String)] = [
            ("十堰东风汽车零部件有限公司", "十堰市张湾区车城路88号"),
            ("东风商用车有限公司", "十堰市张湾区东风大道"),
            ("湖北十堰汉江建筑工程有限公司", "十堰市郧阳区城关镇"),
            ("竹山县绿松石工艺品厂", "竹山县城关镇人民路"),
            ("丹江口市水都食品有限公司", "丹江口市均州路12号"),
        ]
        for (i, row) in rows.enumerated() {
            try db.createEnterprise(Enterprise(creditCode: Fixtures.creditCode(100 + i), name: row.0, address: row.1))
        }
        return db
    }

    func names(_ results: [EnterpriseSearchResult]) -> [String] { results.map(\.enterprise.name) }

    @Test("Given a one-character Chinese query, then prefix matches rank before substring matches")
    func oneCharacter() throws {
        let db = try Self.registry()
        let results = try db.searchEnterprises("东")
        #expect(names(results).first == "东风商用车有限公司")
        #expect(results.first?.match == .namePrefix)
        #expect(Set(names(results)) == ["东风商用车有限公司", "十堰东风汽车零部件有限公司"])
    }

    @Test("Given a two-character Chinese substring, then names containing it are found")
    func twoCharacters() throws {
        let db = try Self.registry()
        let results = try db.searchEnterprises("汉江")
        #expect(names(results) == ["湖北十堰汉江建筑工程有限公司"])
        #expect(results.first?.match == .nameSubstring)
    }

    @Test("Given the exact name, then it comes first")
    func exact() throws {
        let db = try Self.registry()
        #expect(try db.searchEnterprises("东风商用车有限公司").first?.match == .exactName)
    }

    @Test("Given pinyin initials, then 'sydf' finds 十堰东风… and 'df' finds both Dongfeng companies")
    func initials() throws {
        let db = try Self.registry()
        let sydf = try db.searchEnterprises("sydf")
        #expect(names(sydf) == ["十堰东风汽车零部件有限公司"])
        #expect(sydf.first?.match == .initialsPrefix)
        let df = try db.searchEnterprises("df")
        #expect(names(df) == ["东风商用车有限公司", "十堰东风汽车零部件有限公司"])
        #expect(df.map(\.match) == [.initialsPrefix, .pinyinInside])
    }

    @Test("Given full pinyin from the start or from a word inside, then the name is found")
    func fullPinyin() throws {
        let db = try Self.registry()
        #expect(names(try db.searchEnterprises("shiyandongfeng")) == ["十堰东风汽车零部件有限公司"])
        #expect(try db.searchEnterprises("shiyandongfeng").first?.match == .pinyinPrefix)
        #expect(names(try db.searchEnterprises("lusongshi")) == ["竹山县绿松石工艺品厂"])
        let inside = try db.searchEnterprises("songshi")
        #expect(names(inside) == ["竹山县绿松石工艺品厂"])
        #expect(inside.first?.match == .pinyinInside)
        #expect(names(try db.searchEnterprises("Shi Pin")) == ["丹江口市水都食品有限公司"])
    }

    @Test("Given a credit-code prefix, then the enterprise is found first")
    func creditCode() throws {
        let db = try Self.registry()
        let code = Fixtures.creditCode(103)
        let results = try db.searchEnterprises(String(code.prefix(17)).lowercased())
        #expect(names(results) == ["竹山县绿松石工艺品厂"])
        #expect(results.first?.match == .creditCodePrefix)
        #expect(try db.searchEnterprises("914203").count == 5)
    }

    @Test("Given an address substring, then enterprises at that address are found")
    func address() throws {
        let db = try Self.registry()
        let results = try db.searchEnterprises("均州路")
        #expect(names(results) == ["丹江口市水都食品有限公司"])
        #expect(results.first?.match == .address)
        #expect(names(try db.searchEnterprises("城关镇")).count == 2)
    }

    @Test("Given a renamed enterprise, then the old name no longer finds it and the new one does")
    func reindexOnUpdate() throws {
        let db = try Self.registry()
        var e = try #require(try db.searchEnterprises("水都").first?.enterprise)
        e.name = "丹江口市武当山茶业有限公司"
        try db.updateEnterprise(e)
        #expect(try db.searchEnterprises("水都").isEmpty)
        #expect(names(try db.searchEnterprises("wdscy")) == ["丹江口市武当山茶业有限公司"])
        #expect(try db.searchEnterprises("djks").first?.enterprise.id == e.id)
    }

    @Test("Given a filter, then search stays within it; blank queries find nothing")
    func filteredAndBlank() throws {
        let db = try Self.registry()
        #expect(try db.searchEnterprises("有限公司", filter: EnterpriseFilter(redList: true)).isEmpty)
        #expect(try db.searchEnterprises("  ").isEmpty)
        #expect(try db.searchEnterprises("有限公司", limit: 2).count == 2)
    }
}
