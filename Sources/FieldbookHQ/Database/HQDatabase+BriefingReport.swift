import FieldbookCore
import GRDB

/// The report's figures that depend on the visit type (visit-types-v1): enterprises summoned,
/// and briefings reaching many enterprises at once — each attending enterprise counts as reached.
/// Voided visits count nowhere; participants of a visit that is no longer a briefing neither.
extension HQDatabase {
    /// Every enterprise each briefing of the period reached: its own, then its participants.
    private static let briefingReach = """
        WITH briefing AS (
          SELECT id, enterpriseId FROM siteVisit
          WHERE type = 'policyBriefing' AND voidedAt IS NULL AND date BETWEEN :from AND :to),
        reached AS (
          SELECT id AS visitId, enterpriseId FROM briefing
          UNION SELECT p.visitId, p.enterpriseId FROM visitParticipant p JOIN briefing b ON b.id = p.visitId)

        """

    static func addTypeTotals(_ totals: inout HQReportData.Totals, _ db: Database, _ period: StatementArguments) throws {
        totals.enterprisesSummoned = try Int.fetchOne(db, sql: """
            SELECT COUNT(DISTINCT enterpriseId) FROM siteVisit
            WHERE type = 'interview' AND voidedAt IS NULL AND date BETWEEN :from AND :to
            """, arguments: period) ?? 0
        totals.briefingEnterprises = try Int.fetchOne(db, sql: briefingReach + "SELECT COUNT(DISTINCT enterpriseId) FROM reached",
                                                      arguments: period) ?? 0
        let row = try Row.fetchOne(db, sql: """
            SELECT COALESCE(SUM(materialsCount), 0) AS materials, COALESCE(SUM(questionsAnswered), 0) AS questions,
                   COALESCE(SUM(legalSessions), 0) AS sessions
            FROM siteVisit WHERE type = 'policyBriefing' AND voidedAt IS NULL AND date BETWEEN :from AND :to
            """, arguments: period)!
        totals.materialsHandedOut = row["materials"]
        totals.questionsAnswered = row["questions"]
        totals.legalSessions = row["sessions"]
    }

    static func reportBriefings(_ db: Database, _ period: StatementArguments) throws -> [HQReportData.Briefing] {
        let visits = try Row.fetchAll(db, sql: """
            SELECT v.id, v.enterpriseId, v.date, COALESCE(v.place, '') AS place, COALESCE(v.attendees, 0) AS attendees, e.name,
                   COALESCE(i.name, json_extract(v.inspectors, '$[0]'), '') AS inspector
            FROM siteVisit v JOIN enterprise e ON e.id = v.enterpriseId LEFT JOIN inspector i ON i.id = v.createdBy
            WHERE v.type = 'policyBriefing' AND v.voidedAt IS NULL AND v.date BETWEEN :from AND :to
            ORDER BY v.date, v.startTime, v.id
            """, arguments: period)
        return try visits.map { row in
            let others = try String.fetchAll(db, sql: """
                SELECT DISTINCT e.name, e.id FROM visitParticipant p JOIN enterprise e ON e.id = p.enterpriseId
                WHERE p.visitId = ? AND p.enterpriseId <> ? ORDER BY e.name, e.id
                """, arguments: [row["id"] as String, row["enterpriseId"] as String])
            let own: String = row["name"]
            return HQReportData.Briefing(date: row["date"], place: row["place"], inspector: row["inspector"],
                                         enterprises: [own] + others, attendees: row["attendees"])
        }
    }
}
