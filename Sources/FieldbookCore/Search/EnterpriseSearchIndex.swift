import GRDB

/// Keeps `enterpriseSearchKey` and `enterpriseFts` in step with the enterprise table.
/// Called by every enterprise write, inside the same transaction.
enum EnterpriseSearchIndex {
    static func write(_ enterprise: Enterprise, _ db: Database) throws {
        let keys = EnterpriseSearchKeys(name: enterprise.name, address: enterprise.address)
        let existing = try Int64.fetchOne(db, sql: "SELECT docid FROM enterpriseSearchKey WHERE enterpriseId = ?",
                                          arguments: [enterprise.id])
        let docid: Int64
        if let existing {
            docid = existing
            try db.execute(sql: "UPDATE enterpriseSearchKey SET pinyin = ?, initials = ? WHERE docid = ?",
                           arguments: [keys.pinyin, keys.initials, docid])
            try db.execute(sql: "DELETE FROM enterpriseFts WHERE rowid = ?", arguments: [docid])
        } else {
            try db.execute(sql: "INSERT INTO enterpriseSearchKey (enterpriseId, pinyin, initials) VALUES (?, ?, ?)",
                           arguments: [enterprise.id, keys.pinyin, keys.initials])
            docid = db.lastInsertedRowID
        }
        try db.execute(sql: """
            INSERT INTO enterpriseFts (rowid, nameChars, addressChars, pinyinSuffixes, initialsSuffixes)
            VALUES (?, ?, ?, ?, ?)
            """, arguments: [docid, keys.nameChars, keys.addressChars, keys.pinyinSuffixes, keys.initialsSuffixes])
    }

    static func remove(enterpriseId: String, _ db: Database) throws {
        guard let docid = try Int64.fetchOne(db, sql: "SELECT docid FROM enterpriseSearchKey WHERE enterpriseId = ?",
                                             arguments: [enterpriseId]) else { return }
        try db.execute(sql: "DELETE FROM enterpriseFts WHERE rowid = ?", arguments: [docid])
        try db.execute(sql: "DELETE FROM enterpriseSearchKey WHERE docid = ?", arguments: [docid])
    }
}
