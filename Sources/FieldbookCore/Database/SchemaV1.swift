import GRDB

/// The first schema. Text enums are constrained with CHECK so bad values cannot get in from
/// any writer (imports, merges); instants are ISO 8601 text (`Timestamp`), dates `YYYY-MM-DD`.
enum SchemaV1 {
    static func create(_ db: Database) throws {
        try createBookkeeping(db)
        try createPeople(db)
        try createEnterprise(db)
        try createEnterpriseSearch(db)
        try createTemplates(db)
        try createVisit(db)
        try createAnswer(db)
        try createRecommendation(db)
        try createAuditAndTombstone(db)
    }

    /// Columns every synced record has.
    private static func syncColumns(_ t: TableDefinition) {
        t.column("revision", .integer).notNull().defaults(to: 1).check { $0 >= 1 }
        t.column("updatedAt", .text).notNull()
        t.column("changeSeq", .integer).notNull().defaults(to: 0)
    }

    private static func oneOf(_ values: [String]) -> (Column) -> SQLExpression {
        { values.contains($0) }
    }

    private static func createBookkeeping(_ db: Database) throws {
        // A single counter: every write transaction takes the next value (see ChangeSequence).
        try db.create(table: "changeSequence") { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("value", .integer).notNull()
        }
        try db.execute(sql: "INSERT INTO changeSequence (id, value) VALUES (1, 0)")
        try db.create(table: "exportCursor") { t in
            t.primaryKey("id", .text)
            t.column("lastChangeSeq", .integer).notNull().defaults(to: 0)
            t.column("lastExportAt", .text)
            t.column("lastBundleId", .text)
            t.column("bundleSequence", .integer).notNull().defaults(to: 0)
            t.column("revision", .integer).notNull().defaults(to: 1)
            t.column("updatedAt", .text).notNull()
        }
    }

    private static func createPeople(_ db: Database) throws {
        try db.create(table: "inspector") { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull()
            t.column("district", .text).notNull().defaults(to: "")
            t.column("language", .text).notNull().defaults(to: "zh").check(oneOf(["zh", "en"]))
            syncColumns(t)
        }
        try db.create(table: "deviceIdentity") { t in
            t.primaryKey("id", .text)
            t.column("inspectorId", .text).notNull().references("inspector", onDelete: .restrict)
            t.column("createdAt", .text).notNull()
            t.column("publicKey", .text)
            t.column("keyFile", .text)
            t.column("revision", .integer).notNull().defaults(to: 1)
            t.column("updatedAt", .text).notNull()
        }
    }

    private static func createEnterprise(_ db: Database) throws {
        try db.create(table: "enterprise") { t in
            t.primaryKey("id", .text)
            t.column("creditCode", .text).notNull().unique()
            t.column("name", .text).notNull()
            t.column("address", .text).notNull().defaults(to: "")
            t.column("district", .text).notNull().defaults(to: "")
            t.column("industry", .text).notNull().defaults(to: "")
            t.column("ownershipType", .text).notNull().defaults(to: "")
            t.column("employeeCount", .integer).check { $0 >= 0 }
            t.column("contactPerson", .text).notNull().defaults(to: "")
            t.column("phone", .text).notNull().defaults(to: "")
            t.column("integrityRating", .text).notNull().defaults(to: "none").check(oneOf(["A", "B", "C", "none"]))
            t.column("redList", .boolean).notNull().defaults(to: false)
            t.column("harmoniousTitle", .text).notNull().defaults(to: "none")
                .check(oneOf(["none", "city", "provincial", "national"]))
            t.column("source", .text).notNull().defaults(to: "registry").check(oneOf(["registry", "field"]))
            t.column("lastVisitDate", .text)
            t.column("lastRiskLevel", .text)
            t.column("lastRiskRank", .integer).generatedAs(sql: """
                CASE lastRiskLevel WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3 \
                WHEN 'major' THEN 4 ELSE 0 END
                """)
            t.column("openRecommendationCount", .integer).notNull().defaults(to: 0)
            // Search and sort keys computed from the name at write time (not part of the record).
            t.column("namePinyin", .text).notNull().defaults(to: "")
            t.column("nameInitials", .text).notNull().defaults(to: "")
            syncColumns(t)
        }
        // One index per list sort (id breaks ties so pages are stable), and per selective filter.
        // Names sort in pinyin order, as Chinese users expect of a list.
        try db.create(index: "enterprise_on_namePinyin", on: "enterprise", columns: ["namePinyin", "id"])
        try db.create(index: "enterprise_on_nameInitials", on: "enterprise", columns: ["nameInitials"])
        try db.create(index: "enterprise_on_name", on: "enterprise", columns: ["name"])
        try db.create(index: "enterprise_on_district_namePinyin", on: "enterprise",
                      columns: ["district", "namePinyin", "id"])
        try db.create(index: "enterprise_on_lastVisitDate", on: "enterprise", columns: ["lastVisitDate", "id"])
        try db.create(index: "enterprise_on_lastRiskRank", on: "enterprise",
                      columns: ["lastRiskRank", "lastVisitDate", "id"])
        try db.create(index: "enterprise_on_integrityRating", on: "enterprise",
                      columns: ["integrityRating", "namePinyin", "id"])
        try db.create(index: "enterprise_on_redList", on: "enterprise", columns: ["namePinyin", "id"],
                      condition: Column("redList") == true)
        try db.create(index: "enterprise_on_openRecommendations", on: "enterprise", columns: ["namePinyin", "id"],
                      condition: Column("openRecommendationCount") > 0)
        try db.create(index: "enterprise_on_changeSeq", on: "enterprise", columns: ["changeSeq"])
    }

    /// Search index maintained at write time (see docs/search.md). `enterpriseSearchDoc` gives
    /// each enterprise a stable integer FTS rowid (the implicit rowid of `enterprise` may change
    /// on VACUUM). `enterpriseTextFts` holds the name as single characters (1-character queries)
    /// and as overlapping character pairs (longer queries: a phrase of pairs is a substring), and
    /// the address as pairs. `enterprisePinyinFts` holds the pinyin and initials from each
    /// syllable on, for prefix queries that find a word inside a name.
    private static func createEnterpriseSearch(_ db: Database) throws {
        try db.create(table: "enterpriseSearchDoc") { t in
            t.autoIncrementedPrimaryKey("docid")
            t.column("enterpriseId", .text).notNull().unique()
                .references("enterprise", onDelete: .cascade)
        }
        try db.create(virtualTable: "enterpriseTextFts", using: FTS5()) { t in
            t.tokenizer = .unicode61(diacritics: .keep)
            t.column("nameChars")
            t.column("namePairs")
            t.column("addressPairs")
        }
        try db.create(virtualTable: "enterprisePinyinFts", using: FTS5()) { t in
            t.tokenizer = .unicode61(diacritics: .keep)
            t.prefixes = [1, 2, 3]
            t.column("pinyinSuffixes")
            t.column("initialsSuffixes")
        }
    }

    private static func createTemplates(_ db: Database) throws {
        try db.create(table: "checklistTemplate") { t in
            t.column("id", .text).notNull()
            t.column("version", .integer).notNull().check { $0 >= 1 }
            t.column("titleZh", .text).notNull()
            t.column("titleEn", .text).notNull()
            t.column("loadedAt", .text).notNull()
            t.column("revision", .integer).notNull().defaults(to: 1)
            t.column("updatedAt", .text).notNull()
            t.primaryKey(["id", "version"])
        }
        try db.create(table: "checklistSection") { t in
            t.column("templateId", .text).notNull()
            t.column("templateVersion", .integer).notNull()
            t.column("code", .text).notNull()
            t.column("position", .integer).notNull()
            t.column("titleZh", .text).notNull()
            t.column("titleEn", .text).notNull()
            t.primaryKey(["templateId", "templateVersion", "code"])
            t.foreignKey(["templateId", "templateVersion"], references: "checklistTemplate",
                         columns: ["id", "version"], onDelete: .cascade)
        }
        try db.create(table: "checklistItem") { t in
            t.column("templateId", .text).notNull()
            t.column("templateVersion", .integer).notNull()
            t.column("sectionCode", .text).notNull()
            t.column("code", .text).notNull()
            t.column("position", .integer).notNull()
            t.column("labelZh", .text).notNull()
            t.column("labelEn", .text).notNull()
            t.column("guidanceZh", .text).notNull().defaults(to: "")
            t.column("guidanceEn", .text).notNull().defaults(to: "")
            t.column("legalBasisZh", .text).notNull().defaults(to: "")
            t.column("legalBasisEn", .text).notNull().defaults(to: "")
            t.column("weight", .integer).notNull().check { $0 >= 1 && $0 <= 3 }
            t.column("critical", .boolean).notNull().defaults(to: false)
            t.primaryKey(["templateId", "templateVersion", "code"])
            t.foreignKey(["templateId", "templateVersion", "sectionCode"], references: "checklistSection",
                         columns: ["templateId", "templateVersion", "code"], onDelete: .cascade)
        }
    }

    private static func createVisit(_ db: Database) throws {
        try db.create(table: "siteVisit") { t in
            t.primaryKey("id", .text)
            t.column("enterpriseId", .text).notNull().references("enterprise", onDelete: .restrict)
            t.column("date", .text).notNull()
            t.column("startTime", .text)
            t.column("endTime", .text)
            // The types of v1, frozen: a released migration must make the same table whatever the
            // enumeration holds later (`visit-types-v1` widens the list on every database).
            t.column("type", .text).notNull().check(oneOf(VisitTypeSchema.typesOfV1))
            t.column("inspectors", .text).notNull().defaults(to: "[]")
            t.column("personsMet", .text).notNull().defaults(to: "")
            for figure in ["employees", "writtenContracts", "socialInsuranceEnrolled", "dispatchedWorkers",
                           "migrantWorkers", "attendees"] {
                t.column(figure, .integer).check { $0 >= 0 }
            }
            t.column("notes", .text).notNull().defaults(to: "")
            t.column("status", .text).notNull().defaults(to: "draft").check(oneOf(["draft", "completed"]))
            t.column("completedAt", .text)
            t.column("reopenReason", .text)
            t.column("templateId", .text).notNull()
            t.column("templateVersion", .integer).notNull()
            t.column("score", .double)
            t.column("riskLevel", .text).notNull().defaults(to: "notAssessed")
                .check(oneOf(RiskLevel.allCases.map(\.rawValue)))
            t.column("createdBy", .text).references("inspector", onDelete: .setNull)
            syncColumns(t)
            t.foreignKey(["templateId", "templateVersion"], references: "checklistTemplate",
                         columns: ["id", "version"], onDelete: .restrict)
        }
        try db.create(index: "siteVisit_on_enterprise_date", on: "siteVisit",
                      columns: ["enterpriseId", "date", "startTime", "id"])
        try db.create(index: "siteVisit_on_date", on: "siteVisit", columns: ["date", "startTime"])
        try db.create(index: "siteVisit_on_drafts", on: "siteVisit", columns: ["date"],
                      condition: Column("status") == "draft")
        try db.create(index: "siteVisit_on_changeSeq", on: "siteVisit", columns: ["changeSeq"])
    }

    private static func createAnswer(_ db: Database) throws {
        try db.create(table: "answer") { t in
            t.primaryKey("id", .text)
            t.column("visitId", .text).notNull().references("siteVisit", onDelete: .cascade)
            t.column("itemCode", .text).notNull()
            t.column("value", .text).notNull().check(oneOf(AnswerValue.allCases.map(\.rawValue)))
            t.column("note", .text).notNull().defaults(to: "")
            syncColumns(t)
            t.uniqueKey(["visitId", "itemCode"])
        }
        try db.create(index: "answer_on_changeSeq", on: "answer", columns: ["changeSeq"])
    }

    private static func createRecommendation(_ db: Database) throws {
        try db.create(table: "recommendation") { t in
            t.primaryKey("id", .text)
            t.column("visitId", .text).notNull().references("siteVisit", onDelete: .cascade)
            t.column("enterpriseId", .text).notNull().references("enterprise", onDelete: .restrict)
            t.column("itemCodes", .text).notNull().defaults(to: "[]")
            t.column("text", .text).notNull()
            t.column("priority", .text).notNull().check(oneOf(["high", "medium", "low"]))
            t.column("deadline", .text)
            t.column("status", .text).notNull().defaults(to: "open").check(oneOf(["open", "rectified", "verified"]))
            t.column("createdOn", .text).notNull()
            t.column("rectifiedOn", .text)
            t.column("verifiedOn", .text)
            t.column("followUpVisitId", .text).references("siteVisit", onDelete: .setNull)
            syncColumns(t)
        }
        try db.create(index: "recommendation_on_visit", on: "recommendation", columns: ["visitId"])
        try db.create(index: "recommendation_on_enterprise", on: "recommendation",
                      columns: ["enterpriseId", "status", "deadline"])
        try db.create(index: "recommendation_on_open_deadline", on: "recommendation", columns: ["deadline", "id"],
                      condition: Column("status") == "open")
        try db.create(index: "recommendation_on_followUp", on: "recommendation", columns: ["followUpVisitId"])
        try db.create(index: "recommendation_on_changeSeq", on: "recommendation", columns: ["changeSeq"])
    }

    private static func createAuditAndTombstone(_ db: Database) throws {
        try db.create(table: "auditEvent") { t in
            t.primaryKey("id", .text)
            t.column("recordType", .text).notNull()
            t.column("recordId", .text).notNull()
            t.column("field", .text).notNull()
            t.column("oldValue", .text)
            t.column("newValue", .text)
            t.column("at", .text).notNull()
            t.column("inspectorId", .text)
            t.column("inspectorName", .text).notNull().defaults(to: "")
            syncColumns(t)
        }
        try db.create(index: "auditEvent_on_record", on: "auditEvent", columns: ["recordId", "at"])
        try db.create(index: "auditEvent_on_changeSeq", on: "auditEvent", columns: ["changeSeq"])
        try db.create(table: "tombstone") { t in
            t.primaryKey("id", .text)
            t.column("recordType", .text).notNull()
            t.column("deletedAt", .text).notNull()
            t.column("inspectorId", .text)
            syncColumns(t)
        }
        try db.create(index: "tombstone_on_changeSeq", on: "tombstone", columns: ["changeSeq"])
    }
}
