import Foundation
import Testing
@testable import FieldbookCore

@Suite("Enterprise list windows reached by seeking")
struct EnterpriseSeekTests {
    /// 400 enterprises, most visited once or more (same days recur, so sort keys tie), the rest never.
    static let database: AppDatabase = {
        let db = try! AppDatabase.inMemory(clock: .fixed(Date(timeIntervalSince1970: 1_700_000_000)))
        try! db.initialize(inspectorName: "李明", district: "张湾区")
        let (checklist, _) = try! db.loadTemplate(data: DemoSamples.checklistJSON)
        _ = try! db.generateSyntheticData(SyntheticDataPlan(enterprises: 400, visits: 300, seed: 7), checklist: checklist)
        return db
    }()

    static let filters: [EnterpriseFilter] = [.none, EnterpriseFilter(redList: false),
                                              EnterpriseFilter(lastRiskLevels: [.notAssessed, .high])]

    @Test("every window, reached from the start, the end or a neighbouring page, holds the rows OFFSET gives",
          arguments: EnterpriseSort.allCases)
    func sameRowsAsOffset(sort: EnterpriseSort) throws {
        let db = Self.database
        for filter in Self.filters {
            let total = try db.enterpriseCount(filter: filter)
            let everything = try db.enterprises(filter: filter, sort: sort, offset: 0, limit: total + 1).rows.map(\.id)
            #expect(everything.count == total)
            #expect(Set(everything).count == total, "a row listed twice")
            var previous: Page<Enterprise>?
            // Down page by page, then up from the end, then jumps, each from the page before.
            let offsets = Array(stride(from: 0, to: total, by: 37)) + Array(stride(from: total - 20, through: 0, by: -41))
                + [total / 2, 3, total - 1, total / 3]
            for offset in offsets {
                let page = try db.enterprises(filter: filter, sort: sort, offset: offset, limit: 20, knownTotal: total,
                                              near: previous)
                let expected = Array(everything[offset..<min(offset + 20, total)])
                #expect(page.rows.map(\.id) == expected, "\(sort) \(filter) offset \(offset)")
                previous = page
            }
        }
    }

    @Test("the plan skips the fewest rows")
    func plans() {
        let ids = (100..<150).map { "r\($0)" }
        #expect(ListSeekPlan.best(offset: 0, limit: 50, total: 100_000, near: nil) == .fromStart(skip: 0, count: 50))
        #expect(ListSeekPlan.best(offset: 99_970, limit: 50, total: 100_000, near: nil) == .fromEnd(skip: 0, count: 30))
        // Paging down from rows 100..<150 to 150..<200 seeks after the last row on screen.
        #expect(ListSeekPlan.best(offset: 150, limit: 50, total: 100_000, near: (100, ids))
                == .after(id: "r149", skip: 0, count: 50))
        #expect(ListSeekPlan.best(offset: 50_150, limit: 50, total: 100_000, near: (50_100, ids))
                == .after(id: "r149", skip: 0, count: 50))
        #expect(ListSeekPlan.best(offset: 50_050, limit: 50, total: 100_000, near: (50_100, ids))
                == .before(id: "r100", skip: 0, count: 50))
        #expect(ListSeekPlan.best(offset: 50_120, limit: 50, total: 100_000, near: (50_100, ids))
                == .after(id: "r119", skip: 0, count: 50))
    }
}
