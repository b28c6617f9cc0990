import GRDB

extension AppDatabase {
    /// Days ahead that count as "due soon".
    public static let dueSoonDays = 7

    /// The dashboard figures, each from an index (no scan of the registry or the visits). Voided
    /// visits and recommendations count nowhere (they still count as not exported until they are).
    public func dashboard(listLimit: Int = 20) throws -> DashboardSummary {
        let today = clock.today()
        return try reader.read { db in
            let todays = try VisitRow.fetchAll(db, sql: """
                SELECT \(VisitRow.selection) FROM siteVisit v JOIN enterprise e ON e.id = v.enterpriseId
                WHERE v.date = ? AND v.voidedAt IS NULL ORDER BY v.startTime, v.id LIMIT ?
                """, arguments: [today, listLimit])
            let draftCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM siteVisit WHERE status = 'draft' AND voidedAt IS NULL") ?? 0
            let drafts = try VisitRow.fetchAll(db, sql: """
                SELECT \(VisitRow.selection) FROM siteVisit v JOIN enterprise e ON e.id = v.enterpriseId
                WHERE v.status = 'draft' AND v.voidedAt IS NULL ORDER BY v.date DESC LIMIT ?
                """, arguments: [listLimit])
            let (dueSoon, overdue) = try Self.followUpCounts(db, today: today)
            let cursor = try ExportCursor.fetchOne(db, key: ExportCursor.defaultID)
            let notExported = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM siteVisit WHERE changeSeq > ?",
                                               arguments: [cursor?.lastChangeSeq ?? 0]) ?? 0
            return DashboardSummary(today: today, todaysVisits: todays, draftCount: draftCount, drafts: drafts,
                                    recommendationsDueSoon: dueSoon, recommendationsOverdue: overdue,
                                    visitsNotExported: notExported, lastExportAt: cursor?.lastExportAt)
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
