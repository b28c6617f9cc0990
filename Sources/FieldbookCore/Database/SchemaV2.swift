import GRDB

/// v2: every enterprise-list sort key is non-null, so a page can be reached by seeking from a row
/// already on screen (`(key, id) > (…)`, a few index steps) instead of skipping an OFFSET (tens of
/// milliseconds deep in 100,000 rows; docs/performance.md). A never-visited enterprise keeps a
/// NULL `lastVisitDate` and gets the key '', which sorts exactly where NULL did.
enum SchemaV2 {
    static func create(_ db: Database) throws {
        try db.alter(table: "enterprise") { t in
            t.add(column: "lastVisitKey", .text).generatedAs(sql: "coalesce(lastVisitDate, '')")
        }
        try db.drop(index: "enterprise_on_lastVisitDate")
        try db.drop(index: "enterprise_on_lastRiskRank")
        try db.create(index: "enterprise_on_lastVisitKey", on: "enterprise", columns: ["lastVisitKey", "id"])
        try db.create(index: "enterprise_on_lastRiskRank", on: "enterprise",
                      columns: ["lastRiskRank", "lastVisitKey", "id"])
    }
}
