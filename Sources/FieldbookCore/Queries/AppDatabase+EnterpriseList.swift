import GRDB

extension AppDatabase {
    /// One window of the enterprise list, filtered and sorted, with the filtered total.
    /// Served by indexes; rows carry their last visit date and risk (the denormalised summary).
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
        try reader.read { db in
            var request = Enterprise.all()
            if let predicate = filter.predicate { request = request.filter(predicate) }
            let total = try knownTotal ?? request.fetchCount(db)
            let plan = ListSeekPlan.best(offset: offset, limit: limit, total: total,
                                         near: near.map { ($0.offset, $0.rows.map(\.id)) })
            let rows = try Self.rows(request, sort: sort, plan: plan, db)
            return Page(rows: rows, offset: offset, totalCount: total)
        }
    }

    private static func rows(_ request: QueryInterfaceRequest<Enterprise>, sort: EnterpriseSort, plan: ListSeekPlan,
                             _ db: Database) throws -> [Enterprise] {
        switch plan {
        case let .fromStart(skip, count):
            return try window(request, sort: sort, after: nil, forward: true, skip: skip, count: count, db)
        case let .fromEnd(skip, count):
            return try window(request, sort: sort, after: nil, forward: false, skip: skip, count: count, db)
        case let .after(id, skip, count):
            return try window(request, sort: sort, after: id, forward: true, skip: skip, count: count, db)
        case let .before(id, skip, count):
            return try window(request, sort: sort, after: id, forward: false, skip: skip, count: count, db)
        }
    }

    /// `count` rows in list order that follow (`forward`) or precede the row `anchor` (or the start
    /// or the end of the list), `skip` rows further on.
    ///
    /// The skipped rows are stepped over by a query of the id alone, which the sort index answers
    /// without reading the table (the index ends in `id`); only the row before the window comes
    /// out of it, and the window is then read from that row. Skipping the same rows with
    /// `SELECT * … OFFSET` read every skipped row from the table: a jump to the middle of 100,000
    /// enterprises took ≈ 3 ms of CPU that way, ≈ 0.5 ms this way (docs/performance.md).
    private static func window(_ request: QueryInterfaceRequest<Enterprise>, sort: EnterpriseSort, after anchor: String?,
                               forward: Bool, skip: Int, count: Int, _ db: Database) throws -> [Enterprise] {
        // The sort key of the anchor row, compared as a row value: `(k1, k2) > (SELECT k1, k2 …)`.
        func seek(_ id: String) -> SQLExpression {
            let keys = sort.keyColumns.map { $0.name }.joined(separator: ", ")
            let op = forward != sort.isDescending ? ">" : "<"
            return SQL(sql: "(\(keys)) \(op) (SELECT \(keys) FROM enterprise WHERE id = ?)", arguments: [id]).sqlExpression
        }
        let ordering = sort.ordering(reversed: !forward)
        var from = anchor
        if skip > 0 {
            var skipped = request
            if let from { skipped = skipped.filter(seek(from)) }
            let last = skipped.select(Enterprise.Columns.id, as: String.self).order(ordering).limit(1, offset: skip - 1)
            guard let id = try last.fetchOne(db) else { return [] }
            from = id
        }
        var rows = request
        if let from { rows = rows.filter(seek(from)) }
        let fetched = try rows.order(ordering).limit(count).fetchAll(db)
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
