import GRDB

/// `voids-v1`: a visit or recommendation entered by mistake after it was completed or exported
/// is voided (作废) rather than deleted: it keeps its row and history, travels to headquarters,
/// and every count, figure and list leaves it out (docs/domain-model.md, "Deleting and voiding").
enum VoidSchema {
    static func create(_ db: Database) throws {
        for table in ["siteVisit", "recommendation"] {
            try db.alter(table: table) { t in
                t.add(column: "voidedAt", .text)
                t.add(column: "voidReason", .text)
                t.add(column: "voidedBy", .text)
            }
        }
    }
}
