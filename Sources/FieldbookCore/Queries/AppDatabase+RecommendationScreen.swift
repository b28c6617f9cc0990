import GRDB

extension AppDatabase {
    /// One recommendation, or nil when there is no such record (deleted, or a stale session).
    public func recommendation(id: String) throws -> Recommendation? {
        try reader.read { db in try Recommendation.fetchOne(db, key: id) }
    }
}
