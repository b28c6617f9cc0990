import GRDB

/// `verdicts-v1`: risk verdicts with floors (docs/risk-scoring.md) and recommendations as a bureau writes
/// them (docs/recommendations-and-export-screens.md).
/// - `answer` records the figures of a non-compliant finding (workers affected, amount, months);
/// - `checklistItem` holds what each item says about scoring and the prefilled recommendation.
/// Items stored before v3 get the core area of their section (LC, WG, SI), the rule every
/// template follows when it names none, so a reloaded v1 file is still "unchanged".
enum VerdictSchema {
    static func create(_ db: Database) throws {
        try db.alter(table: "answer") { t in
            t.add(column: "workers", .integer).check { $0 >= 0 }
            t.add(column: "amountYuan", .integer).check { $0 >= 0 }
            t.add(column: "months", .integer).check { $0 >= 0 }
        }
        try db.alter(table: "checklistItem") { t in
            t.add(column: "area", .text)
            t.add(column: "serious", .text)
            t.add(column: "figures", .text).notNull().defaults(to: "[]")
            t.add(column: "signal", .boolean).notNull().defaults(to: false)
            t.add(column: "findingZh", .text).notNull().defaults(to: "")
            t.add(column: "findingEn", .text).notNull().defaults(to: "")
            t.add(column: "remedyZh", .text).notNull().defaults(to: "")
            t.add(column: "remedyEn", .text).notNull().defaults(to: "")
            t.add(column: "deadlineDays", .integer)
            t.add(column: "workingDays", .boolean).notNull().defaults(to: false)
        }
        try db.execute(sql: """
            UPDATE checklistItem SET area = CASE sectionCode
              WHEN 'LC' THEN 'contracts' WHEN 'WG' THEN 'wages' WHEN 'SI' THEN 'socialInsurance' END
            """)
    }
}

