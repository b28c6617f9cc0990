import FieldbookBundle
import FieldbookCore
import GRDB

/// What the merge asks of the HQ database, each through a prepared statement kept for the
/// transaction, and the answers it can reuse within one bundle.
extension HQMerger {
    /// For the ids of `lines`, the revision of the row `table` holds (absent: HQ has none).
    func revisions(in table: String, of lines: [LineValues]) throws -> [String: Int] {
        guard !lines.isEmpty else { return [:] }
        var ids: [UInt8] = []
        JSONText.appendStringArray(lines.compactMap { $0.text("id") }, to: &ids)
        let statement = try db.cachedStatement(sql: """
            SELECT id, revision FROM \(table) WHERE id IN (SELECT value FROM json_each(?))
            """)
        var result: [String: Int] = [:]
        let rows = try Row.fetchCursor(statement, arguments: [String(decoding: ids, as: UTF8.self)])
        while let row = try rows.next() { result[row[0]] = row[1] }
        return result
    }

    /// The record HQ holds under `id`.
    func fetchHeld<R: SyncedRecord>(_ type: R.Type, _ id: String) throws -> R? {
        try R.fetchOne(db.cachedStatement(sql: "SELECT * FROM \(R.databaseTableName) WHERE id = ?"), arguments: [id])
    }

    func enterprise(creditCode: String) throws -> Enterprise? {
        try Enterprise.fetchOne(db.cachedStatement(sql: "SELECT * FROM enterprise WHERE creditCode = ?"), arguments: [creditCode])
    }

    func enterpriseExists(_ id: String) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM enterprise WHERE id = ?"), arguments: [id]) ?? false
    }

    func visitExists(_ id: String) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM siteVisit WHERE id = ?"), arguments: [id]) ?? false
    }

    func answerFor(visitId: String, itemCode: String) throws -> Answer? {
        try Answer.fetchOne(db.cachedStatement(sql: "SELECT * FROM answer WHERE visitId = ? AND itemCode = ?"),
                            arguments: [visitId, itemCode])
    }

    func inspectorExists(_ id: String) throws -> Bool {
        if let known = knownInspectors[id] { return known }
        let exists = try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM inspector WHERE id = ?"), arguments: [id]) ?? false
        knownInspectors[id] = exists
        return exists
    }

    /// Refuses the bundle when HQ lacks the template version a visit uses.
    func checkTemplate(id: String, version: Int) throws {
        let key = id + "\u{1}" + String(version)
        guard !knownTemplates.contains(key) else { return }
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM checklistTemplate WHERE id = ? AND version = ?"),
                                arguments: [id, version]) ?? false else {
            throw SyncError.badFile(bundle.fileName, .unknownTemplate(id: id, version: version))
        }
        knownTemplates.insert(key)
    }

    /// The HQ id of an enterprise a record refers to; refuses one nobody knows.
    func knownEnterprise(_ id: String, for type: String, id recordId: String) throws -> String {
        if let known = resolvedEnterprises[id] { return known }
        let target: String
        if let alias = try alias(of: id) {
            target = alias
        } else {
            guard try enterpriseExists(id) else {
                throw SyncError.badFile(bundle.fileName, .unknownEnterprise(recordType: type, recordId: recordId, enterpriseId: id))
            }
            target = id
        }
        resolvedEnterprises[id] = target
        return target
    }

    func alias(of id: String) throws -> String? {
        if let known = aliases[id] { return known }
        if unaliased.contains(id) { return nil }
        return try String.fetchOne(db.cachedStatement(sql: "SELECT enterpriseId FROM hqEnterpriseAlias WHERE aliasId = ?"),
                                   arguments: [id])
    }

    /// Reads the aliases of a batch's ids in one query, so that `alias(of:)` asks no more for them.
    func readAliases(of lines: [LineValues]) throws {
        var ids: [UInt8] = []
        let batch = lines.compactMap { $0.text("id") }
        JSONText.appendStringArray(batch, to: &ids)
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT aliasId, enterpriseId FROM hqEnterpriseAlias WHERE aliasId IN (SELECT value FROM json_each(?))
            """), arguments: [String(decoding: ids, as: UTF8.self)])
        unaliased = Set(batch)
        while let row = try rows.next() {
            let id: String = row[0]
            aliases[id] = row[1]
            unaliased.remove(id)
        }
    }

    /// False only when the enterprise `id` is known not to be at HQ: absent when its batch began
    /// (`heldEnterprises`) and not written by this merge since (every write of one touches it).
    func mayHoldEnterprise(_ id: String) -> Bool {
        heldEnterprises[id] != nil || touchedEnterprises.contains(id)
    }

    func addAlias(_ id: String, to target: String) throws {
        aliases[id] = target
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO hqEnterpriseAlias (aliasId, enterpriseId) VALUES (?, ?)")
            .execute(arguments: [id, target])
    }

    /// HQ holds a tombstone newer than this revision of the record.
    func buried(_ id: String, revision: Int) throws -> Bool {
        let known = try tombstoneRevisions[id]
            ?? Int.fetchOne(db.cachedStatement(sql: "SELECT revision FROM tombstone WHERE id = ?"), arguments: [id])
        return (known ?? 0) > revision
    }

    func originDevice(_ recordId: String) throws -> String {
        try String.fetchOne(db.cachedStatement(sql: "SELECT deviceId FROM hqRecordOrigin WHERE recordId = ?"),
                            arguments: [recordId]) ?? "hq"
    }

    func setOrigin(_ id: String, type: String, device: String, revision: Int) throws {
        try db.cachedStatement(sql: """
            INSERT INTO hqRecordOrigin (recordId, recordType, deviceId, revision) VALUES (?, ?, ?, ?)
            ON CONFLICT(recordId) DO UPDATE SET deviceId = excluded.deviceId, revision = excluded.revision
            """).execute(arguments: [id, type, device, revision])
    }

    /// Inserts a line as it is (every field of its layout is a column of its table); false when
    /// a row with its id is there already.
    func insertLine(_ line: LineValues, id: String, type: String) throws -> Bool {
        let statement: Statement
        if let prepared = insertStatements[line.layout] {
            statement = prepared
        } else {
            let names = line.layout.fields.map(\.name)
            // Cached by the connection too: the next bundle finds it prepared.
            statement = try db.cachedStatement(sql: """
                INSERT INTO \(line.layout.table) (\(names.joined(separator: ", "))) \
                VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", "))) ON CONFLICT(id) DO NOTHING
                """)
            insertStatements[line.layout] = statement
        }
        do {
            try statement.execute(arguments: StatementArguments(line.values))
            return db.changesCount > 0
        } catch let error as DatabaseError where Self.isRecordsFault(error) {
            throw SyncError.badFile(bundle.fileName, .rejectedRecord(recordType: type, recordId: id,
                                                                    reason: error.message ?? "\(error.resultCode)"))
        }
    }
}
