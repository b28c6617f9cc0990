import GRDB

extension AppDatabase {
    /// Enterprises matching `query` — a Chinese substring of the name, full pinyin, pinyin
    /// initials (`sydf` → 十堰东风…), a credit-code prefix or an address substring — best matches
    /// first, at most `limit`, optionally within the list filters.
    public func searchEnterprises(_ query: String, filter: EnterpriseFilter = .none, limit: Int = 50)
    throws -> [EnterpriseSearchResult] {
        try reader.read { db in try EnterpriseSearch.search(query, filter: filter, limit: limit, db) }
    }
}
