import GRDB

/// `visit-types-v1`: the fields each visit type records (docs/domain-model.md, "Visit types").
/// - `siteVisit` gains the place, the summons' person, role, reason, record, commitments and
///   commitment date, and the briefing's attendee names, materials (what and how many),
///   questions answered and legal Q&A sessions — all nullable, so older rows and bundles read.
/// - `visitParticipant`: the further enterprises attending a briefing, one synced record each.
///   No unique index on (visit, enterprise): the store refuses a second row, and headquarters
///   must be able to hold a removed row's tombstone and its re-added successor in any order.
enum VisitTypeSchema {
    static func create(_ db: Database) throws {
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
}
