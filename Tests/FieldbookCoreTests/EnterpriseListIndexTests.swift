import Foundation
import GRDB
import Testing
@testable import FieldbookCore

/// The enterprise list read from covering indexes and remembered positions
/// (`enterprise-list-index-v1`, `ListPositions`) gives exactly the rows of the plain query,
/// `ORDER BY` the sort's definition with `LIMIT … OFFSET`, for every sort and filter, and keeps
/// doing so after enterprises are added, edited and deleted.
@Suite("Enterprise list from covering indexes and remembered positions")
struct EnterpriseListIndexTests {
    static let clock = AppClock.fixed(Date(timeIntervalSince1970: 1_700_000_000))

    /// Long enough that a jump to the middle reads the list's positions (more than
    /// `ListPositions.worthReading` rows from either end), visited so the keys tie and vary.
    static func registry(enterprises: Int = 2_600, visits: Int = 400) throws -> AppDatabase {
        let db = try AppDatabase.inMemory(clock: clock)
        try db.initialize(inspectorName: "李明", district: "张湾区")
        let (checklist, _) = try db.loadTemplate(data: DemoSamples.checklistJSON)
        _ = try db.generateSyntheticData(SyntheticDataPlan(enterprises: enterprises, visits: visits, seed: 11),
                                         checklist: checklist)
        return db
    }

    /// The sort orders as they are defined, from the columns the records store, not from the
    /// stored keys and indexes under test.
    static func definedOrder(_ sort: EnterpriseSort) -> String {
        let visit = "coalesce(lastVisitDate, '')"
        let rank = "CASE lastRiskLevel WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3 WHEN 'major' THEN 4 ELSE 0 END"
        switch sort {
        case .name: return "namePinyin, id"
        case .lastVisit: return "\(visit) DESC, id DESC"
        case .risk: return "\(rank) DESC, \(visit) DESC, id DESC"
        case .creditCode: return "creditCode"
        }
    }

    /// The plain query: the filter, the defined order, LIMIT and OFFSET.
    static func plainWindow(_ db: AppDatabase, _ filter: EnterpriseFilter, _ sort: EnterpriseSort,
                            offset: Int, limit: Int) throws -> [String] {
        try db.reader.read { db in
            var request = Enterprise.all()
            if let predicate = filter.predicate { request = request.filter(predicate) }
            return try request.select(Enterprise.Columns.id, as: String.self)
                .order(literal: SQL(sql: definedOrder(sort))).limit(limit, offset: offset).fetchAll(db)
        }
    }

    static func filters(_ db: AppDatabase) throws -> [EnterpriseFilter] {
        let district = try #require(db.districts().first)
        return [.none, EnterpriseFilter(district: district), EnterpriseFilter(outOfTown: true),
                EnterpriseFilter(rating: .a), EnterpriseFilter(redList: false), EnterpriseFilter(redList: true),
                EnterpriseFilter(hasOpenRecommendations: true), EnterpriseFilter(lastRiskLevels: [.notAssessed, .high])]
    }

    /// Every window the screen and a jump can ask for: jumps with nothing on screen (deep ones
    /// read the positions), pages down and up from the rows on screen, whole records and list
    /// entries alike, each held to the plain query at the same offset.
    static func expectSameRows(_ db: AppDatabase, _ sort: EnterpriseSort, _ filter: EnterpriseFilter,
                               _ comment: String) throws {
        let total = try db.enterpriseCount(filter: filter)
        let limit = 20
        let gap = ListPositions.stride
        let jumps = [0, 1, gap - 1, gap, gap + 1, 2 * gap, total / 3, total / 2, total / 2 + 7,
                     2 * total / 3, 1_500, total - 2 * gap - 3, total - limit, total - 1]
            .filter { $0 >= 0 && $0 < max(total, 1) }
        for offset in jumps {
            let plain = try plainWindow(db, filter, sort, offset: offset, limit: limit)
            let entries = try db.enterpriseList(filter: filter, sort: sort, offset: offset, limit: limit, knownTotal: total)
            #expect(entries.rows.map(\.id) == plain, "\(comment) \(sort) \(filter) jump to \(offset)")
            let records = try db.enterprises(filter: filter, sort: sort, offset: offset, limit: limit)
            #expect(records.rows.map(\.id) == plain, "\(comment) \(sort) \(filter) records at \(offset)")
            #expect(records.totalCount == total)
        }
        // Page down from the middle, then up from the end, each from the page before.
        var near: Page<EnterpriseListEntry>?
        let pages = Array(stride(from: total / 2, to: min(total, total / 2 + 6 * limit), by: limit))
            + Array(stride(from: total - limit, to: max(0, total - 6 * limit), by: -limit))
        for offset in pages where offset >= 0 {
            let page = try db.enterpriseList(filter: filter, sort: sort, offset: offset, limit: limit, knownTotal: total,
                                             near: near)
            #expect(page.rows.map(\.id) == (try plainWindow(db, filter, sort, offset: offset, limit: limit)),
                    "\(comment) \(sort) \(filter) page at \(offset)")
            near = page
        }
    }

    @Test("every window of every sort and filter holds the rows of the plain OFFSET query, the shown columns those of the record")
    func sameRowsAsPlainOffset() throws {
        let db = try Self.registry()
        for sort in EnterpriseSort.allCases {
            for filter in try Self.filters(db) {
                try Self.expectSameRows(db, sort, filter, "fresh")
            }
        }
        // The entries carry the record's values.
        let records = try db.enterprises(sort: .risk, offset: 1_000, limit: 50).rows
        let entries = try db.enterpriseList(sort: .risk, offset: 1_000, limit: 50).rows
        #expect(entries == records.map(EnterpriseListEntry.init))
        #expect(entries.map { $0.placeLabel(in: .zh) } == records.map { $0.placeLabel(in: .zh) })
    }

    @Test("a deep jump reads the list's positions once, and they hold the key of every 256th row and the length")
    func positionsAreRead() throws {
        let db = try Self.registry()
        let total = try db.enterpriseCount()
        let key = ListPositionCache.Key(filter: .none, sort: .name)
        let generation = try db.reader.read { try ListPositions.generation($0) }
        _ = try db.enterpriseList(offset: 10, limit: 20, knownTotal: total)
        #expect(db.listPositions.positions(key, generation: generation) == nil, "a shallow jump reads no positions")
        _ = try db.enterpriseList(offset: total / 2, limit: 20, knownTotal: total)
        let positions = try #require(db.listPositions.positions(key, generation: generation))
        #expect(positions.total == total)
        let ids = try Self.plainWindow(db, .none, .name, offset: 0, limit: total)
        #expect(positions.keys.count == (total + ListPositions.stride - 1) / ListPositions.stride)
        for (i, keys) in positions.keys.enumerated() {
            #expect(keys.last == ids[i * ListPositions.stride].databaseValue)
        }
        // The plan then steps over fewer than a stride's rows from a remembered key.
        let plan = ListSeekPlan.best(offset: total / 2, limit: 20, total: total, near: nil, positions: positions)
        guard case .fromKey(_, let skip, 20) = plan else { Issue.record("plan \(plan)"); return }
        #expect(skip < ListPositions.stride)
    }

    @Test("after enterprises are added, renamed, revisited, refiltered and deleted, every window still holds the plain query's rows")
    func sameRowsAfterChanges() throws {
        let db = try Self.registry()
        let sorts = EnterpriseSort.allCases
        // Read positions of every list first, so stale ones would show.
        for sort in sorts {
            for filter in try Self.filters(db) {
                let total = try db.enterpriseCount(filter: filter)
                _ = try db.enterpriseList(filter: filter, sort: sort, offset: total / 2, limit: 20, knownTotal: total)
            }
        }
        let before = try db.reader.read { try ListPositions.generation($0) }

        // Added: names that sort first (啊 → "a…") and in the middle, new credit codes.
        for serial in 0..<150 {
            let name = (serial % 2 == 0 ? "啊" : "十堰中") + "测试企业\(serial)有限公司"
            try db.createEnterprise(Enterprise(creditCode: Fixtures.creditCode(90_000 + serial), name: name,
                                               district: "茅箭区", integrityRating: serial % 3 == 0 ? .a : .none))
        }
        let ids = try Self.plainWindow(db, .none, .name, offset: 0, limit: 10_000)
        // Renamed: moves them in the name order.
        for id in ids[600..<640] {
            var e = try #require(try db.enterprise(id: id))
            e.name = "阿" + e.name
            try db.updateEnterprise(e)
        }
        // Revisited and re-rated, as the summary refresh writes it (plain SQL, no store method).
        try db.writer.write { db in
            try db.execute(sql: """
                UPDATE enterprise SET lastVisitDate = '2023-11-0' || (rowid % 9 + 1),
                  lastRiskLevel = CASE rowid % 4 WHEN 0 THEN 'major' WHEN 1 THEN 'low' WHEN 2 THEN NULL ELSE 'high' END,
                  openRecommendationCount = rowid % 3, redList = (rowid % 5 = 0)
                WHERE rowid % 7 = 0
                """)
            try db.execute(sql: "UPDATE enterprise SET lastVisitDate = NULL, lastRiskLevel = NULL WHERE rowid % 11 = 0")
        }
        // Deleted: enterprises without visits.
        let unvisited = try db.reader.read { db in
            try String.fetchAll(db, sql: """
                SELECT id FROM enterprise e WHERE NOT EXISTS (SELECT 1 FROM siteVisit v WHERE v.enterpriseId = e.id)
                ORDER BY namePinyin LIMIT 60
                """)
        }
        for id in unvisited { try db.deleteEnterprise(id: id) }

        let after = try db.reader.read { try ListPositions.generation($0) }
        #expect(after > before)
        // The stored sort keys are still their definitions, after every kind of write.
        let wrong = try db.reader.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM enterprise WHERE lastVisitKey IS NOT coalesce(lastVisitDate, '')
                  OR lastRiskRank IS NOT CASE lastRiskLevel WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3
                                         WHEN 'major' THEN 4 ELSE 0 END
                """)
        }
        #expect(wrong == 0)
        for sort in sorts {
            for filter in try Self.filters(db) {
                try Self.expectSameRows(db, sort, filter, "changed")
            }
        }
    }

    @Test("the generation moves with every change that can move a row in a list, and not with others")
    func generation() throws {
        let db = try Fixtures.database()
        func generation() throws -> Int64 { try db.reader.read { try ListPositions.generation($0) } }
        let start = try generation()
        var e = try Fixtures.enterprise(db)
        let added = try generation()
        #expect(added > start)
        e = try #require(try db.enterprise(id: e.id))
        e.phone = "0719-8888888"
        try db.updateEnterprise(e)
        #expect(try generation() == added, "a phone number moves no row")
        e = try #require(try db.enterprise(id: e.id))
        e.redList = true
        try db.updateEnterprise(e)
        let refiltered = try generation()
        #expect(refiltered > added)
        try db.writer.write { try $0.execute(sql: "UPDATE enterprise SET lastVisitDate = '2024-05-01'") }
        let visited = try generation()
        #expect(visited > refiltered)
        try db.deleteEnterprise(id: e.id)
        #expect(try generation() > visited)
    }

    @Test("each sort's window and skip read its covering index alone", arguments: EnterpriseSort.allCases)
    func coveringIndexes(sort: EnterpriseSort) throws {
        let db = try Fixtures.database()
        try db.reader.read { db in
            let list = try EnterpriseListSQL(filter: .none, sort: sort, db)
            let columns = EnterpriseListEntry.columns.map(\.name).joined(separator: ", ")
            for forward in [true, false] {
                let order = list.order(reversed: !forward)
                let statements = [
                    "SELECT \(columns) FROM enterprise \(list.whereClause(list.seek(forward: forward, inclusive: false))) ORDER BY \(order) LIMIT 70",
                    "SELECT \(list.keyList) FROM enterprise \(list.whereClause(list.seek(forward: forward, inclusive: true))) ORDER BY \(order) LIMIT 1 OFFSET 200",
                ]
                for (index, sql) in statements.enumerated() {
                    let arguments = StatementArguments(Array(repeating: "x", count: sort.keyColumns.count))
                    let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                        .map { $0["detail"] as String? ?? "" }.joined(separator: "\n")
                    // The skip selects the key alone: any index of it will do (the credit code's
                    // own unique index is the smaller one); the window needs the list's.
                    let expected = index == 0 ? "COVERING INDEX enterprise_list_\(sort.rawValue)" : "COVERING INDEX"
                    #expect(plan.contains(expected), "\(sql)\n\(plan)")
                    #expect(!plan.contains("TEMP B-TREE"), "\(sql)\n\(plan)")
                }
            }
        }
    }

    @Test("a database from before enterprise-list-index-v1 gets its stored keys from its visits, and lists as before")
    func migration() throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.configuration())
        try Migrations.migrator.migrate(queue, upTo: "draft-visits-index-v2")
        let old = AppDatabase(migrated: queue, clock: Self.clock)
        try old.initialize(inspectorName: "李明", district: "张湾区")
        let (checklist, _) = try old.loadTemplate(data: DemoSamples.checklistJSON)
        _ = try old.generateSyntheticData(SyntheticDataPlan(enterprises: 300, visits: 200, seed: 5), checklist: checklist)
        let visited = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM enterprise WHERE lastVisitDate IS NOT NULL") }
        #expect((visited ?? 0) > 50)
        let db = try AppDatabase(queue, clock: Self.clock)
        let wrong = try queue.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM enterprise WHERE lastVisitKey IS NOT coalesce(lastVisitDate, '')
                  OR lastRiskRank IS NOT CASE lastRiskLevel WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3
                                         WHEN 'major' THEN 4 ELSE 0 END
                """)
        }
        #expect(wrong == 0)
        for sort in EnterpriseSort.allCases {
            let plain = try Self.plainWindow(db, .none, sort, offset: 0, limit: 1_000)
            #expect(try db.enterpriseList(sort: sort, offset: 0, limit: 1_000).rows.map(\.id) == plain)
        }
    }
}
