import GRDB

/// `enterprise-list-index-v1`: the enterprise list reads a window from one index per sort order, and
/// a jump can tell whether what it remembers of a list's positions is still true.
///
/// **Covering indexes.** Paging 100,000 enterprises read each row of a new window from the
/// 35 MB table: about 70 rows scattered over 9,117 pages, which do not fit the readers' 16 MB
/// cache, so a page turn that fetched cost ≈ 2 ms of CPU in `pread` and decoding, and a jump
/// read 50 such rows (docs/performance.md, "Quiet machine, end of session 7"). Each sort's index
/// now also holds every column the list shows (`EnterpriseListEntry.columns`), so a window is a
/// few consecutive index pages. It replaces the sort's two- or three-column index (same
/// leading columns, so every query that used it still can). Cost at 100,000 enterprises:
/// +34 MB on a 2.9 GB file (the name index 9.3 → 16.8 MB, last visit 6.3 → 13.5 MB, risk
/// 6.9 → 13.7 MB, credit code new at 12.7 MB, which the credit-code order read from the table
/// before).
///
/// **Stored sort keys.** `lastVisitKey` and `lastRiskRank` were generated (virtual) columns, and
/// SQLite (3.40) counts any query that names a generated column as using every column of the
/// table, so no index could cover the last-visit and risk orders. They become ordinary columns
/// kept equal to the same expressions by two triggers, on every path that writes an enterprise
/// (the store, summaries, merges, bulk loads, a `sqlite3` shell).
///
/// **Generation.** `enterpriseListGeneration` holds one number that every insert, delete and
/// change of a column the list sorts or filters by increases (triggers). The positions a reader
/// remembers of a list (`ListPositions`) are used only while the number is the one they were
/// taken at, in the same read transaction, so they are never out of date, whoever wrote.
enum EnterpriseListSchema {
    /// The columns every covering index holds after its sort keys: what a list row shows.
    static let shownColumns = ["name", "creditCode", "district", "outOfTown", "integrityRating",
                               "lastVisitDate", "lastRiskLevel", "openRecommendationCount"]

    /// Index per sort order: the sort's key columns (`EnterpriseSort.keyColumns`), then `id` if
    /// the keys do not end in it, then the shown columns.
    static let indexes: [(name: String, keys: [String])] = [
        ("enterprise_list_name", ["namePinyin", "id"]),
        ("enterprise_list_lastVisit", ["lastVisitKey", "id"]),
        ("enterprise_list_risk", ["lastRiskRank", "lastVisitKey", "id"]),
        ("enterprise_list_creditCode", ["creditCode", "id"]),
    ]

    /// The stored keys' definitions, as the generated columns had them (SchemaV1, SchemaV2).
    static let visitKeySQL = "coalesce(NEW.lastVisitDate, '')"
    static let riskRankSQL = """
        CASE NEW.lastRiskLevel WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3 \
        WHEN 'major' THEN 4 ELSE 0 END
        """

    /// Columns whose change can move a row in some list or in or out of some filter. Compared
    /// old to new: saving a record writes every column, and a new phone number moves no row.
    static let listedColumns = ["id", "namePinyin", "lastVisitKey", "lastRiskRank", "creditCode", "district",
                                "outOfTown", "integrityRating", "redList", "openRecommendationCount"]

    /// The four covering indexes, as the migration made them.
    static func createIndexes(_ db: Database) throws {
        for index in indexes {
            let columns = index.keys + shownColumns.filter { !index.keys.contains($0) }
            try db.execute(sql: "CREATE INDEX \(index.name) ON enterprise(\(columns.joined(separator: ", ")))")
        }
    }

    /// A bulk load (a new database's enterprises) drops them first and creates them again at the
    /// end: one sorted build of each is cheaper than keeping four wide indexes in step row by row
    /// as 100,000 enterprises are inserted and then given their summaries.
    static func dropIndexes(_ db: Database) throws {
        for index in indexes { try db.execute(sql: "DROP INDEX \(index.name)") }
    }

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            DROP INDEX enterprise_on_namePinyin;
            DROP INDEX enterprise_on_lastVisitKey;
            DROP INDEX enterprise_on_lastRiskRank;
            ALTER TABLE enterprise DROP COLUMN lastRiskRank;
            ALTER TABLE enterprise DROP COLUMN lastVisitKey;
            ALTER TABLE enterprise ADD COLUMN lastVisitKey TEXT NOT NULL DEFAULT '';
            ALTER TABLE enterprise ADD COLUMN lastRiskRank INTEGER NOT NULL DEFAULT 0;
            """)
        let keys = "lastVisitKey = \(visitKeySQL), lastRiskRank = \(riskRankSQL)"
        try db.execute(sql: """
            UPDATE enterprise SET \(keys.replacingOccurrences(of: "NEW.", with: ""))
              WHERE lastVisitDate IS NOT NULL OR lastRiskLevel IS NOT NULL;
            CREATE TRIGGER enterprise_listKeys_afterInsert AFTER INSERT ON enterprise
              WHEN NEW.lastVisitKey IS NOT \(visitKeySQL) OR NEW.lastRiskRank IS NOT \(riskRankSQL)
              BEGIN UPDATE enterprise SET \(keys) WHERE rowid = NEW.rowid; END;
            CREATE TRIGGER enterprise_listKeys_afterUpdate AFTER UPDATE ON enterprise
              WHEN NEW.lastVisitKey IS NOT \(visitKeySQL) OR NEW.lastRiskRank IS NOT \(riskRankSQL)
              BEGIN UPDATE enterprise SET \(keys) WHERE rowid = NEW.rowid; END;
            """)
        try createIndexes(db)
        try db.execute(sql: """
            CREATE TABLE enterpriseListGeneration (generation INTEGER NOT NULL);
            INSERT INTO enterpriseListGeneration (generation) VALUES (0);
            CREATE TRIGGER enterpriseList_afterInsert AFTER INSERT ON enterprise
              BEGIN UPDATE enterpriseListGeneration SET generation = generation + 1; END;
            CREATE TRIGGER enterpriseList_afterDelete AFTER DELETE ON enterprise
              BEGIN UPDATE enterpriseListGeneration SET generation = generation + 1; END;
            CREATE TRIGGER enterpriseList_afterUpdate AFTER UPDATE ON enterprise
              WHEN \(listedColumns.map { "OLD.\($0) IS NOT NEW.\($0)" }.joined(separator: " OR "))
              BEGIN UPDATE enterpriseListGeneration SET generation = generation + 1; END;
            """)
    }
}
