import GRDB

extension AppDatabase {
    /// One window of the enterprise list, filtered and sorted, with the filtered total, as whole
    /// records (`fieldbook list`, the bench's day export). The list screen reads
    /// `enterpriseList(…)`, the same rows with only the shown columns.
    /// Counting costs about as much as reading a page: a screen that pages through one filter
    /// passes the total it already has as `knownTotal`.
    ///
    /// `near` is the page of the same filter and sort already on screen: a window next to it (or
    /// anywhere, from whichever of the start, the end or `near` is closest) is then read by seeking
    /// from a known row instead of skipping an OFFSET, so paging costs the same at row 99,000 as
    /// at row 0 (see `ListSeekPlan`).
    public func enterprises(filter: EnterpriseFilter = .none, sort: EnterpriseSort = .name,
                            offset: Int = 0, limit: Int = 50, knownTotal: Int? = nil,
                            near: Page<Enterprise>? = nil) throws -> Page<Enterprise> {
        try listWindow(selection: "*", filter: filter, sort: sort, offset: offset, limit: limit, knownTotal: knownTotal,
                       near: near.map { ($0.offset, $0.rows.map(\.id)) })
    }

    /// The same window as `enterprises(…)` with only the columns the list screen shows, read from
    /// the sort's covering index without touching the table (EnterpriseListSchema): a page turn
    /// reads a few consecutive index pages instead of a table page per row.
    public func enterpriseList(filter: EnterpriseFilter = .none, sort: EnterpriseSort = .name,
                               offset: Int = 0, limit: Int = 50, knownTotal: Int? = nil,
                               near: Page<EnterpriseListEntry>? = nil) throws -> Page<EnterpriseListEntry> {
        let selection = EnterpriseListEntry.columns.map(\.name).joined(separator: ", ")
        return try listWindow(selection: selection, filter: filter, sort: sort, offset: offset, limit: limit,
                              knownTotal: knownTotal, near: near.map { ($0.offset, $0.rows.map(\.id)) })
    }

    /// Reads rows `offset..<offset + limit` of the list by the cheapest plan: from the start, the
    /// end, a row of `near`, or a remembered position (`ListPositions`), which it reads first when
    /// the jump would otherwise step over many rows.
    private func listWindow<Record: FetchableRecord & Sendable>(
        selection: String, filter: EnterpriseFilter, sort: EnterpriseSort, offset: Int, limit: Int,
        knownTotal: Int?, near: (start: Int, ids: [String])?
    ) throws -> Page<Record> {
        let cache = listPositions
        return try reader.read { db in
            let list = try EnterpriseListSQL(filter: filter, sort: sort, db)
            let key = ListPositionCache.Key(filter: filter, sort: sort)
            let generation = try ListPositions.generation(db)
            var positions = cache.positions(key, generation: generation)
            let total = try knownTotal ?? positions?.total ?? Self.count(list, db)
            var plan = ListSeekPlan.best(offset: offset, limit: limit, total: total, near: near, positions: positions)
            if positions == nil, plan.skipped > ListPositions.worthReading {
                let read = try ListPositions.read(list, generation: generation, db)
                cache.store(read, for: key)
                positions = read
                plan = ListSeekPlan.best(offset: offset, limit: limit, total: total, near: near, positions: read)
            }
            let rows: [Record] = try Self.rows(list, selection: selection, plan: plan, db)
            return Page(rows: rows, offset: offset, totalCount: total)
        }
    }

    private static func count(_ list: EnterpriseListSQL, _ db: Database) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM enterprise \(list.whereClause())"),
                         arguments: list.arguments) ?? 0
    }

    private static func rows<Record: FetchableRecord>(_ list: EnterpriseListSQL, selection: String, plan: ListSeekPlan,
                                                  _ db: Database) throws -> [Record] {
        switch plan {
        case let .fromStart(skip, count):
            return try window(list, selection: selection, forward: true, from: .edge, skip: skip, count: count, db)
        case let .fromEnd(skip, count):
            return try window(list, selection: selection, forward: false, from: .edge, skip: skip, count: count, db)
        case let .after(id, skip, count):
            return try window(list, selection: selection, forward: true, from: .afterRow(id), skip: skip, count: count, db)
        case let .before(id, skip, count):
            return try window(list, selection: selection, forward: false, from: .afterRow(id), skip: skip, count: count, db)
        case let .fromKey(key, skip, count):
            return try window(list, selection: selection, forward: true, from: .atKey(key), skip: skip, count: count, db)
        }
    }

    /// Where a window query starts, in its direction.
    private enum WindowStart {
        case edge
        /// After the row with this id (its sort key read by a subquery).
        case afterRow(String)
        /// At the row with this sort key, included.
        case atKey([DatabaseValue])
        /// After the row with this sort key.
        case afterKey([DatabaseValue])
    }

    /// `count` rows in list order that follow (`forward`) or precede `start`, `skip` rows further on.
    ///
    /// The skipped rows are stepped over by a query of the sort key alone, which the sort index
    /// answers without reading the table; only the row before the window comes out of it, and the
    /// window is then read from that row's key. Skipping the same rows with `SELECT * … OFFSET`
    /// read every skipped row from the table: a jump to the middle of 100,000 enterprises took
    /// ≈ 3 ms of CPU that way, ≈ 0.5 ms this way (docs/performance.md).
    private static func window<Record: FetchableRecord>(_ list: EnterpriseListSQL, selection: String, forward: Bool,
                                                     from start: WindowStart, skip: Int, count: Int,
                                                     _ db: Database) throws -> [Record] {
        func condition(_ start: WindowStart) -> (String?, StatementArguments) {
            switch start {
            case .edge: (nil, [])
            case .afterRow(let id): (list.seekAfterRow(forward: forward), [id])
            case .atKey(let key): (list.seek(forward: forward, inclusive: true), StatementArguments(key))
            case .afterKey(let key): (list.seek(forward: forward, inclusive: false), StatementArguments(key))
            }
        }
        let order = list.order(reversed: !forward)
        var from = start
        if skip > 0 {
            let (sql, arguments) = condition(from)
            let last = try db.cachedStatement(sql: """
                SELECT \(list.keyList) FROM enterprise \(list.whereClause(sql)) ORDER BY \(order) LIMIT 1 OFFSET ?
                """)
            guard let row = try Row.fetchOne(last, arguments: list.arguments + arguments + [skip - 1]) else { return [] }
            from = .afterKey(Array(row.databaseValues))
        }
        let (sql, arguments) = condition(from)
        let statement = try db.cachedStatement(sql: """
            SELECT \(selection) FROM enterprise \(list.whereClause(sql)) ORDER BY \(order) LIMIT ?
            """)
        let fetched = try Record.fetchAll(statement, arguments: list.arguments + arguments + [count])
        return forward ? fetched : fetched.reversed()
    }

    /// How many enterprises pass `filter`.
    public func enterpriseCount(filter: EnterpriseFilter = .none) throws -> Int {
        try reader.read { db in
            var request = Enterprise.all()
            if let predicate = filter.predicate { request = request.filter(predicate) }
            return try request.fetchCount(db)
        }
    }

    /// The districts present in the registry, for the district filter.
    public func districts() throws -> [String] {
        try reader.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT district FROM enterprise WHERE district <> '' ORDER BY district")
        }
    }
}
