import GRDB

/// `visit-types-v1`: the fields each visit type records (docs/domain-model.md, "Visit types").
/// - `siteVisit` gains the place, the summons' person, role, reason, record, commitments and
///   commitment date, and the briefing's attendee names, materials (what and how many),
///   questions answered and legal Q&A sessions — all nullable, so older rows and bundles read.
/// - `visitParticipant`: the further enterprises attending a briefing, one synced record each.
///   No unique index on (visit, enterprise): the store refuses a second row, and headquarters
///   must be able to hold a removed row's tombstone and its re-added successor in any order.
///
/// The `type` CHECK of `v1` lists the seven types of v1, so `siteVisit` is rebuilt (new table
/// from the stored CREATE statement with only that list widened, copy, drop, rename, indexes), as
/// `recommendation-workflow-v1` rebuilt its table. Foreign keys are checked once at the end
/// (GRDB's deferred checks): the answers, recommendations and attachments that refer to visits
/// are neither touched nor cascaded while the table is replaced.
enum VisitTypeSchema {
    /// The types `v1` accepted (stored values), frozen.
    static let typesOfV1 = ["riskScreening", "interview", "mobileArbitration", "policyBriefing", "wageArrearsCheck",
                            "harmoniousAssessment", "complaintFollowUp"]

    static func create(_ db: Database) throws {
        try widenTypes(db)
        try db.alter(table: "siteVisit") { t in
            for text in ["place", "summonedPerson", "summonedRole", "summonsReason", "talkRecord", "commitments",
                         "commitmentDate", "attendeeNames", "materials"] {
                t.add(column: text, .text)
            }
            for figure in ["materialsCount", "questionsAnswered", "legalSessions"] {
                t.add(column: figure, .integer).check { $0 >= 0 }
            }
        }
        try db.create(table: "visitParticipant") { t in
            t.primaryKey("id", .text)
            t.column("visitId", .text).notNull().indexed().references("siteVisit", onDelete: .cascade)
            t.column("enterpriseId", .text).notNull().indexed().references("enterprise")
            t.column("attendees", .integer).check { $0 >= 0 }
            t.column("revision", .integer).notNull()
            t.column("updatedAt", .text).notNull()
            t.column("changeSeq", .integer).notNull().indexed()
        }
    }

    private static func widenTypes(_ db: Database) throws {
        let quoted = { (values: [String]) in values.map { "'\($0)'" }.joined(separator: ", ") }
        let old = quoted(typesOfV1), new = quoted(VisitType.allCases.map(\.rawValue))
        guard let create = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'siteVisit'"),
              create.components(separatedBy: old).count == 2 else {
            throw DatabaseError(message: "visit-types-v1: the siteVisit table is not the one v1 made")
        }
        let indexes = try String.fetchAll(db, sql: """
            SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'siteVisit' AND sql IS NOT NULL
            """)
        let columns = try db.columns(in: "siteVisit").map { "\"\($0.name)\"" }.joined(separator: ", ")
        let rebuilt = create.replacingOccurrences(of: old, with: new)
            .replacingOccurrences(of: "CREATE TABLE \"siteVisit\"", with: "CREATE TABLE \"siteVisit_rebuilt\"")
        guard rebuilt.hasPrefix("CREATE TABLE \"siteVisit_rebuilt\"") else {
            throw DatabaseError(message: "visit-types-v1: unexpected CREATE statement")
        }
        try db.execute(sql: rebuilt)
        try db.execute(sql: "INSERT INTO siteVisit_rebuilt (\(columns)) SELECT \(columns) FROM siteVisit")
        try db.execute(sql: "DROP TABLE siteVisit")
        try db.execute(sql: "ALTER TABLE siteVisit_rebuilt RENAME TO siteVisit")
        for sql in indexes { try db.execute(sql: sql) }
    }
}
