import GRDB

extension AppDatabase {
    /// Days ahead that count as "due soon".
    public static let dueSoonDays = 7

    /// The dashboard's rows: today's visits, the drafts and when the last export was, each from
    /// an index (no scan of the registry or the visits). Voided visits count nowhere.
    public func dashboard(listLimit: Int = 20) throws -> DashboardSummary {
        let today = clock.today()
        return try reader.read { db in
            let todays = try VisitRow.fetchAll(db, sql: """
                SELECT \(VisitRow.selection) FROM siteVisit v JOIN enterprise e ON e.id = v.enterpriseId
                WHERE v.date = ? AND v.voidedAt IS NULL ORDER BY v.startTime, v.id LIMIT ?
                """, arguments: [today, listLimit])
            let todayCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM siteVisit WHERE date = ? AND voidedAt IS NULL",
                                              arguments: [today]) ?? 0
            let draftCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM siteVisit WHERE status = 'draft' AND voidedAt IS NULL") ?? 0
            let drafts = try VisitRow.fetchAll(db, sql: """
                SELECT \(VisitRow.selection) FROM siteVisit v JOIN enterprise e ON e.id = v.enterpriseId
                WHERE v.status = 'draft' AND v.voidedAt IS NULL ORDER BY v.date DESC LIMIT ?
                """, arguments: [listLimit])
            // One column, read without the record's Codable decoding: at start-up the first
            // Codable decode pays the Swift runtime's conformance lookups (docs/performance.md).
            let lastExportAt = try Timestamp.fetchOne(db, sql: "SELECT lastExportAt FROM \(ExportCursor.databaseTableName) WHERE id = ?",
                                                      arguments: [ExportCursor.defaultID])
            return DashboardSummary(today: today, todaysVisits: todays, todayCount: todayCount, draftCount: draftCount, drafts: drafts,
                                    lastExportAt: lastExportAt)
        }
    }

    /// The dashboard's counts (`DashboardCounts`). Voided visits and recommendations count
    /// nowhere, except that a voided visit is still "not exported" until it is.
    public func dashboardCounts() throws -> DashboardCounts {
        let today = clock.today()
        return try reader.read { db in
            let (dueSoon, overdue) = try Self.followUpCounts(db, today: today)
            let exported = try Int64.fetchOne(db, sql: "SELECT lastChangeSeq FROM \(ExportCursor.databaseTableName) WHERE id = ?",
                                              arguments: [ExportCursor.defaultID]) ?? 0
            let notExported = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM siteVisit WHERE changeSeq > ?",
                                               arguments: [exported]) ?? 0
            return DashboardCounts(recommendationsDueSoon: dueSoon, recommendationsOverdue: overdue,
                                   visitsNotExported: notExported)
        }
    }

    static func followUpCounts(_ db: Database, today: LocalDate) throws -> (dueSoon: Int, overdue: Int) {
        let dueSoon = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM recommendation WHERE status IN \(RecommendationStatus.outstandingSQL) AND voidedAt IS NULL AND deadline BETWEEN ? AND ?
            """, arguments: [today, today.adding(days: dueSoonDays)]) ?? 0
        let overdue = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM recommendation WHERE status IN \(RecommendationStatus.outstandingSQL) AND voidedAt IS NULL AND deadline < ?
            """, arguments: [today]) ?? 0
        return (dueSoon, overdue)
    }
}
