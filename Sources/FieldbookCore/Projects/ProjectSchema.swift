import GRDB

/// `projects-v1`: construction projects and duties bound to a party (docs/domain-model.md,
/// "Construction projects"), the dispatch role of a visit and referrals on findings.
/// - `project`: one row per project; its parties are enterprise ids (checked by the store, not by
///   foreign keys: headquarters files a laptop's enterprise under its own id, and the merge
///   resolves them before it writes);
/// - `siteVisit.projectId` (the project a visit is about) and `siteVisit.dispatchAgency` (the
///   visited enterprise is the dispatch agency, not the user firm);
/// - `checklistItem.binds`, and the bindings of checklist v2's construction and dispatch items
///   for a database that stored v2 before the file said them, so the file still loads "unchanged";
/// - `answer.referredTo`, `answer.referralNote`.
enum ProjectSchema {
    static func create(_ db: Database) throws {
        try db.create(table: Project.databaseTableName) { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull()
            t.column("location", .text).notNull().defaults(to: "")
            t.column("ownerId", .text)
            t.column("generalContractorId", .text)
            t.column("subcontractorIds", .text).notNull().defaults(to: "[]")
            t.column("revision", .integer).notNull()
            t.column("updatedAt", .text).notNull()
            t.column("changeSeq", .integer).notNull()
        }
        try db.create(index: "project_on_changeSeq", on: Project.databaseTableName, columns: ["changeSeq"])
        try db.alter(table: "siteVisit") { t in
            t.add(column: "projectId", .text)
            t.add(column: "dispatchAgency", .boolean)
        }
        try db.create(index: "siteVisit_on_projectId", on: "siteVisit", columns: ["projectId"],
                      condition: Column("projectId") != nil)
        try db.alter(table: "checklistItem") { t in
            t.add(column: "binds", .text).notNull().defaults(to: "[]")
        }
        try bindChecklistV2(db)
        try db.alter(table: "answer") { t in
            t.add(column: "referredTo", .text)
            t.add(column: "referralNote", .text)
        }
    }

    /// Gives a stored checklist v2 the bindings its file states (`DutyBinding.checklistV2`), in
    /// the stored form (a JSON array, as GRDB encodes `[DutyHolder]`).
    static func bindChecklistV2(_ db: Database) throws {
        for (code, holders) in DutyBinding.checklistV2 {
            let json = "[" + holders.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]"
            try db.execute(sql: """
                UPDATE checklistItem SET binds = ? WHERE templateId = 'employment-risk' AND templateVersion = 2 AND code = ?
                """, arguments: [json, code])
        }
    }
}
