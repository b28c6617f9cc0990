import GRDB

/// `out-of-town-v1`: enterprises registered outside Shiyan (外地企业) are accepted and flagged.
/// Every enterprise stored before was a Shiyan registry row (the import refused others), so
/// the flag starts false; the index serves the list's "out-of-town" filter.
enum OutOfTownSchema {
    static func create(_ db: Database) throws {
        try db.alter(table: "enterprise") { t in
            t.add(column: "outOfTown", .boolean).notNull().defaults(to: false)
        }
        try db.create(index: "enterprise_on_outOfTown", on: "enterprise", columns: ["namePinyin", "id"],
                      condition: Column("outOfTown") == true)
    }
}
