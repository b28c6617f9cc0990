import GRDB

extension AppDatabase {
    /// One window of the enterprise list, filtered and sorted, with the filtered total.
    /// Served by indexes; rows carry their last visit date and risk (the denormalised summary).
    /// Counting costs about as much as reading a page: a screen that pages through one filter
    /// passes the total it already has as `knownTotal`.
    public func enterprises(filter: EnterpriseFilter = .none, sort: EnterpriseSort = .name,
                            offset: Int = 0, limit: Int = 50, knownTotal: Int? = nil) throws -> Page<Enterprise> {
        try reader.read { db in
            var request = Enterprise.all()
            if let predicate = filter.predicate { request = request.filter(predicate) }
            let total = try knownTotal ?? request.fetchCount(db)
            let rows = try request.order(sort.ordering).limit(limit, offset: offset).fetchAll(db)
            return Page(rows: rows, offset: offset, totalCount: total)
        }
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
