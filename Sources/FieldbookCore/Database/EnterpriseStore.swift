import GRDB

/// Enterprise writes at the `Database` level, for use inside a transaction opened with
/// `AppDatabase.write` (CSV import, demo data, reference packs). They validate, stamp revisions,
/// keep the search keys and preserve the locally derived summary.
public enum EnterpriseStore {
    public enum Outcome: Sendable, Equatable {
        case inserted, updated, unchanged
    }

    /// Inserts a new enterprise; refuses a credit code that already exists.
    public static func insert(_ enterprise: Enterprise, _ db: Database, _ change: ChangeContext) throws -> Enterprise {
        let e = try stampedNew(enterprise, db, change)
        try EnterpriseSearchIndex.write(e, db)
        return e
    }

    /// The same, with the search keys computed by the caller from the validated enterprise (the
    /// generator does that on its second thread, `SyntheticPipeline`).
    static func insert(_ enterprise: Enterprise, _ db: Database, _ change: ChangeContext,
                       keys: EnterpriseSearchKeys) throws -> Enterprise {
        let e = try stampedNew(enterprise, db, change)
        try EnterpriseSearchIndex.write(e, db, keys: keys)
        return e
    }

    private static func stampedNew(_ enterprise: Enterprise, _ db: Database, _ change: ChangeContext) throws -> Enterprise {
        var e = try enterprise.validated()
        // A cached statement reading one column: bulk loads insert tens of thousands.
        if let otherName = try String.fetchOne(
            db.cachedStatement(sql: "SELECT name FROM enterprise WHERE creditCode = ? LIMIT 1"), arguments: [e.creditCode]) {
            throw CoreError.duplicateCreditCode(code: e.creditCode, existingName: otherName)
        }
        e.clearSummary()
        change.stampNew(&e)
        try e.insert(db)
        return e
    }

    /// Saves changed fields of an existing enterprise (matched by id); a new revision only when
    /// something changed.
    public static func update(_ enterprise: Enterprise, _ db: Database, _ change: ChangeContext)
    throws -> (Enterprise, Outcome) {
        guard let old = try Enterprise.fetchOne(db, key: enterprise.id) else {
            throw CoreError.notFound(FieldName.enterprise, id: enterprise.id)
        }
        var e = try enterprise.validated()
        if e.creditCode != old.creditCode,
           let other = try Enterprise.filter(Enterprise.Columns.creditCode == e.creditCode).fetchOne(db) {
            throw CoreError.duplicateCreditCode(code: e.creditCode, existingName: other.name)
        }
        e.keepSummary(of: old)
        e.revision = old.revision
        e.updatedAt = old.updatedAt
        e.changeSeq = old.changeSeq
        guard e != old else { return (old, .unchanged) }
        change.stampChanged(&e, from: old)
        try e.update(db)
        if e.name != old.name || e.address != old.address {
            try EnterpriseSearchIndex.write(e, db)
        }
        return (e, .updated)
    }

    /// Inserts, or updates the enterprise with the same credit code (keeping its id): the
    /// registry import's rule.
    public static func upsertByCreditCode(_ enterprise: Enterprise, _ db: Database, _ change: ChangeContext)
    throws -> (Enterprise, Outcome) {
        let code = try CreditCode.validate(enterprise.creditCode)
        guard let existing = try Enterprise.filter(Enterprise.Columns.creditCode == code).fetchOne(db) else {
            return (try insert(enterprise, db, change), .inserted)
        }
        var e = enterprise
        e.id = existing.id
        return try update(e, db, change)
    }
}
