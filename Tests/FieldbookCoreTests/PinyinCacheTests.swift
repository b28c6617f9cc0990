import Foundation
import GRDB
import Testing
@testable import FieldbookCore

/// `PinyinCache` reads each Han character once; what it returns must be what ICU reads for the
/// whole name, or the generated database would be indexed differently from one an inspector fills.
@Suite("Pinyin cache")
struct PinyinCacheTests {
    @Test("the cached syllables of 3,000 synthetic names and of mixed or context-read names are ICU's")
    func sameAsICU() {
        var random = SeededRandom(seed: 11)
        var ids = SyntheticIDs(seed: 11)
        var maker = SyntheticEnterprises()
        var names = (0..<3_000).map { _ in maker.make(&random, ids: &ids).name }
        // Digits glued to syllables, Latin words, punctuation, full-width letters, a context reading.
        names += ["东风123号", "A公司", "十堰ABC东风", "（十堰）东风", "Ｂ公司", "重庆银行", "长江重庆", "〇一二", "㐀"]
        var cache = PinyinCache()
        for name in names { #expect(cache.syllables(name) == SearchText.syllables(name), "\(name)") }
        // A second pass comes from the cache alone.
        for name in names.prefix(200) { #expect(cache.syllables(name) == SearchText.syllables(name), "\(name)") }
    }

    @Test("demo-data's search keys are the ones an inspector's write of the same name gives")
    func generatedKeys() throws {
        let db = try AppDatabase.inMemory(clock: .fixed(Date(timeIntervalSince1970: 1_718_416_800)))
        try db.initialize(inspectorName: "李明")
        let (checklist, _) = try db.loadTemplate(data: DemoSamples.checklistJSON)
        _ = try db.generateSyntheticData(SyntheticDataPlan(enterprises: 400, visits: 0, seed: 5), checklist: checklist)
        let rows = try db.reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.name, e.address, e.namePinyin, e.nameInitials, p.pinyinSuffixes, p.initialsSuffixes
                FROM enterprise e JOIN enterpriseSearchDoc d ON d.enterpriseId = e.id
                JOIN enterprisePinyinFts p ON p.rowid = d.docid
                """)
        }
        #expect(rows.count == 400)
        for row in rows {
            let keys = EnterpriseSearchKeys(name: row["name"], address: row["address"])
            #expect(keys.pinyin == row["namePinyin"] && keys.initials == row["nameInitials"])
            #expect(keys.pinyinSuffixes == row["pinyinSuffixes"] && keys.initialsSuffixes == row["initialsSuffixes"])
        }
    }
}
