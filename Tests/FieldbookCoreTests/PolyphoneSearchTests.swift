import Foundation
import Testing
import TestSupport
@testable import FieldbookCore

/// Polyphonic characters are found by each common reading (docs/search.md lists them).
@Suite("Polyphone search")
struct PolyphoneSearchTests {
    static func database() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        try db.initialize(inspectorName: "王建国", district: "茅箭区", language: .zh)
        _ = try db.createEnterprise(Enterprise(creditCode: "91420303MA48K2T787", name: "重庆长江建筑劳务有限公司",
                                               address: "十堰市张湾区工业新区发展大道88号", district: "张湾区"))
        _ = try db.createEnterprise(Enterprise(creditCode: "91420303714473061B", name: "十堰农商银行有限公司",
                                               address: "十堰市张湾区车城西路126号", district: "张湾区"))
        return db
    }

    @Test("水都 by shuidu and shuidou; 重庆 by chongqing; 长江 by changjiang; 银行 by yinhang",
          arguments: [("shuidu", "丹江口市水都建筑劳务有限公司"), ("shuidou", "丹江口市水都建筑劳务有限公司"),
                      ("chongqing", "重庆长江建筑劳务有限公司"), ("zhongqing", "重庆长江建筑劳务有限公司"),
                      ("changjiang", "重庆长江建筑劳务有限公司"), ("cqcj", "重庆长江建筑劳务有限公司"),
                      ("yinhang", "十堰农商银行有限公司"), ("nongshangyinhang", "十堰农商银行有限公司"),
                      ("syns", "十堰农商银行有限公司")])
    func everyReading(query: String, name: String) throws {
        let db = try Self.database()
        _ = try db.createEnterprise(Enterprise(creditCode: "91420381MA48M1E979", name: "丹江口市水都建筑劳务有限公司",
                                               address: "丹江口市均州路139号", district: "丹江口市"))
        let found = try db.searchEnterprises(query, limit: 10).map(\.enterprise.name)
        #expect(found.contains(name), "\(query) → \(found)")
    }

    @Test("a name without polyphones gets no extra readings; one with several gets every combination, bounded")
    func variants() {
        #expect(Polyphones.variants(of: "十堰鑫泰", syllables: ["shi", "yan", "xin", "tai"]).isEmpty)
        let bank = Polyphones.variants(of: "重庆银行", syllables: ["zhong", "qing", "yin", "xing"])
        #expect(Set(bank) == [["chong", "qing", "yin", "xing"], ["zhong", "qing", "yin", "hang"],
                              ["chong", "qing", "yin", "hang"]])
        // Latin words and numbers count as one syllable each; a mismatch gives no variants.
        #expect(Polyphones.variants(of: "ABC银行", syllables: ["abc", "yin", "xing"]) == [["abc", "yin", "hang"]])
        #expect(Polyphones.variants(of: "银行", syllables: ["yinxing"]).isEmpty)
        let many = Polyphones.variants(of: "长长长长长长长长", syllables: Array(repeating: "zhang", count: 8))
        #expect(many.count <= Polyphones.variantLimit)
    }

    @Test("docs/search.md names every polyphonic character that is indexed")
    func documented() throws {
        let page = try String(contentsOf: Repository.url("docs/search.md"), encoding: .utf8)
        for character in Polyphones.readings.keys.sorted() {
            #expect(page.contains(String(character)), "docs/search.md does not list \(character)")
        }
    }

    @Test("a database indexed before the readings were gets them from its migration")
    func migration() throws {
        let db = try Self.database()
        // As an older version indexed it: ICU's reading only.
        try db.writer.write { database in
            try database.execute(sql: """
                UPDATE enterprisePinyinFts SET pinyinSuffixes = 'none', initialsSuffixes = 'none'
                WHERE rowid = (SELECT docid FROM enterpriseSearchDoc JOIN enterprise ON enterprise.id = enterpriseId
                               WHERE enterprise.name LIKE '重庆%')
                """)
        }
        #expect(try db.searchEnterprises("cqcj", limit: 5).isEmpty)
        try db.writer.write { try EnterpriseSearchIndex.reindexPolyphones($0) }
        for query in ["chongqing", "zhongqing", "cqcj", "changjiang"] {
            #expect(try db.searchEnterprises(query, limit: 5).map(\.enterprise.name) == ["重庆长江建筑劳务有限公司"])
        }
    }
}
