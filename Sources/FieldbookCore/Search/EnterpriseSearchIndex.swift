import GRDB

/// Keeps the search keys (`enterprise.namePinyin/nameInitials`, `enterpriseSearchDoc`,
/// `enterpriseFts`) in step with an enterprise. Called by every enterprise write, in its transaction.
enum EnterpriseSearchIndex {
    static func write(_ enterprise: Enterprise, _ db: Database) throws {
        let keys = EnterpriseSearchKeys(name: enterprise.name, address: enterprise.address)
        try db.execute(sql: "UPDATE enterprise SET namePinyin = ?, nameInitials = ? WHERE id = ?",
                       arguments: [keys.pinyin, keys.initials, enterprise.id])
        let docid: Int64
        if let existing = try Int64.fetchOne(db, sql: "SELECT docid FROM enterpriseSearchDoc WHERE enterpriseId = ?",
                                             arguments: [enterprise.id]) {
            docid = existing
            try db.execute(sql: "DELETE FROM enterpriseFts WHERE rowid = ?", arguments: [docid])
        } else {
            try db.execute(sql: "INSERT INTO enterpriseSearchDoc (enterpriseId) VALUES (?)", arguments: [enterprise.id])
            docid = db.lastInsertedRowID
        }
        try db.execute(sql: """
            INSERT INTO enterpriseFts (rowid, nameChars, addressChars, pinyinSuffixes, initialsSuffixes)
            VALUES (?, ?, ?, ?, ?)
            """, arguments: [docid, keys.nameChars, keys.addressChars, keys.pinyinSuffixes, keys.initialsSuffixes])
    }

    static func remove(enterpriseId: String, _ db: Database) throws {
        guard let docid = try Int64.fetchOne(db, sql: "SELECT docid FROM enterpriseSearchDoc WHERE enterpriseId = ?",
                                             arguments: [enterpriseId]) else { return }
        try db.execute(sql: "DELETE FROM enterpriseFts WHERE rowid = ?", arguments: [docid])
        try db.execute(sql: "DELETE FROM enterpriseSearchDoc WHERE docid = ?", arguments: [docid])
    }
}
