import GRDB

/// Keeps the search keys (`enterprise.namePinyin/nameInitials`, `enterpriseSearchDoc`,
/// `enterpriseTextFts`, `enterprisePinyinFts`) in step with an enterprise. Called by every enterprise write, in its transaction.
package enum EnterpriseSearchIndex {
    package static func write(_ enterprise: Enterprise, _ db: Database) throws {
        try write(enterprise, db, keys: EnterpriseSearchKeys(name: enterprise.name, address: enterprise.address))
    }

    /// With the keys computed already (demo-data computes them on another thread); they must be
    /// the keys of `enterprise`'s stored name and address.
    static func write(_ enterprise: Enterprise, _ db: Database, keys: EnterpriseSearchKeys) throws {
        // Cached statements: a registry import or demo-data writes tens of thousands of these, and
        // compiling the five statements each time was a third of that work (docs/performance.md).
        try db.cachedStatement(sql: "UPDATE enterprise SET namePinyin = ?, nameInitials = ? WHERE id = ?")
            .execute(arguments: [keys.pinyin, keys.initials, enterprise.id])
        let docid: Int64
        if let existing = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT docid FROM enterpriseSearchDoc WHERE enterpriseId = ?"),
            arguments: [enterprise.id]) {
            docid = existing
            try deleteFts(docid, db)
        } else {
            try db.cachedStatement(sql: "INSERT INTO enterpriseSearchDoc (enterpriseId) VALUES (?)")
                .execute(arguments: [enterprise.id])
            docid = db.lastInsertedRowID
        }
        try db.cachedStatement(sql: "INSERT INTO enterpriseTextFts (rowid, nameChars, namePairs, addressPairs) VALUES (?, ?, ?, ?)")
            .execute(arguments: [docid, keys.nameChars, keys.namePairs, keys.addressPairs])
        try db.cachedStatement(sql: "INSERT INTO enterprisePinyinFts (rowid, pinyinSuffixes, initialsSuffixes) VALUES (?, ?, ?)")
            .execute(arguments: [docid, keys.pinyinSuffixes, keys.initialsSuffixes])
    }

    /// Rewrites the pinyin index of every enterprise whose name holds a polyphonic character
    /// (`Polyphones`), for databases indexed before those readings were (migration
    /// `search-polyphones-v1`). The other keys do not change.
    static func reindexPolyphones(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT enterpriseSearchDoc.docid, enterprise.name, enterprise.address FROM enterprise
            JOIN enterpriseSearchDoc ON enterpriseSearchDoc.enterpriseId = enterprise.id
            """)
        for row in rows {
            let name: String = row["name"]
            guard name.contains(where: { Polyphones.readings[$0] != nil }) else { continue }
            let docid: Int64 = row["docid"]
            let keys = EnterpriseSearchKeys(name: name, address: row["address"])
            try db.execute(sql: "DELETE FROM enterprisePinyinFts WHERE rowid = ?", arguments: [docid])
            try db.execute(sql: "INSERT INTO enterprisePinyinFts (rowid, pinyinSuffixes, initialsSuffixes) VALUES (?, ?, ?)",
                           arguments: [docid, keys.pinyinSuffixes, keys.initialsSuffixes])
        }
    }

    package static func remove(enterpriseId: String, _ db: Database) throws {
        guard let docid = try Int64.fetchOne(db, sql: "SELECT docid FROM enterpriseSearchDoc WHERE enterpriseId = ?",
                                             arguments: [enterpriseId]) else { return }
        try deleteFts(docid, db)
        try db.execute(sql: "DELETE FROM enterpriseSearchDoc WHERE docid = ?", arguments: [docid])
    }

    private static func deleteFts(_ docid: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM enterpriseTextFts WHERE rowid = ?", arguments: [docid])
        try db.execute(sql: "DELETE FROM enterprisePinyinFts WHERE rowid = ?", arguments: [docid])
    }
}
