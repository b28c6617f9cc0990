import GRDB

extension AppDatabase {
    /// Adds an enterprise (validated credit code, unique). Use `source: .field` for one added at a worksite.
    @discardableResult
    public func createEnterprise(_ enterprise: Enterprise) throws -> Enterprise {
        try write { db, change in try EnterpriseStore.insert(enterprise, db, change) }
    }

    /// Saves an edited enterprise; returns it as stored (a new revision only if something changed).
    @discardableResult
    public func updateEnterprise(_ enterprise: Enterprise) throws -> Enterprise {
        try write { db, change in try EnterpriseStore.update(enterprise, db, change).0 }
    }

    /// Deletes an enterprise that has no visits, leaving a tombstone.
    public func deleteEnterprise(id: String) throws {
        try write { db, change in
            guard let e = try Enterprise.fetchOne(db, key: id) else {
                throw CoreError.notFound(FieldName.enterprise, id: id)
            }
            // Briefings it attended count too: they name it.
            let visits = try SiteVisit.filter(SiteVisit.Columns.enterpriseId == id).fetchCount(db)
                + VisitParticipant.filter(VisitParticipant.Columns.enterpriseId == id).fetchCount(db)
            guard visits == 0 else { throw CoreError.enterpriseHasVisits(name: e.name, count: visits) }
            try EnterpriseSearchIndex.remove(enterpriseId: id, db)
            try Tombstones.bury(e, db, change)
        }
    }

    /// The enterprise with this id, if any.
    public func enterprise(id: String) throws -> Enterprise? {
        try reader.read { db in try Enterprise.fetchOne(db, key: id) }
    }

    /// The enterprise with this credit code (any case), if any.
    public func enterprise(creditCode: String) throws -> Enterprise? {
        let code = creditCode.uppercased()
        return try reader.read { db in
            try Enterprise.filter(Enterprise.Columns.creditCode == code).fetchOne(db)
        }
    }
}
