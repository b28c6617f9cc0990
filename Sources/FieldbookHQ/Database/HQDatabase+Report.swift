import FieldbookBundle
import FieldbookCore
import Foundation
import GRDB

extension HQDatabase {
    /// Computes the HQ report for visits dated `from...to` (either end open), with overdue
    /// counted as of `to` (or today when the period is open-ended or reaches past today). Voided
    /// visits and recommendations are left out of every figure (docs/hq.md, "Voided records").
    public func hqReport(from: LocalDate?, to: LocalDate?) throws -> HQReportData {
        let today = clock.today()
        let asOf = min(to ?? today, today)
        let lower = from?.description ?? "0000-01-01", upper = to?.description ?? "9999-12-31"
        return try reader.read { db in
            let dates: StatementArguments = ["from": lower, "to": upper, "asOf": asOf.description]
            let levels = try Self.rectifiedLevels(db, dates + ["adjusted": "{}"], asOf: asOf)
            let period = dates + ["adjusted": levels]
            return HQReportData(
                from: from, to: to, asOf: asOf,
                totals: try Self.reportTotals(db, period),
                recommendationsByStatus: try RecommendationStatus.allCases.map { status in
                    (status, try Int.fetchOne(db, sql: """
                        SELECT COUNT(*) FROM recommendation
                        WHERE createdOn BETWEEN :from AND :to AND status = :status AND voidedAt IS NULL
                        """, arguments: period + ["status": status]) ?? 0)
                },
                visitsByType: try VisitType.allCases.map { type in
                    (type, try Int.fetchOne(db, sql: Self.reportCTE + "SELECT COUNT(*) FROM reportVisit WHERE type = :type", arguments: period + ["type": type]) ?? 0)
                },
                riskDistribution: try RiskLevel.allCases.filter { $0 != .notAssessed }.map { level in
                    (level, try Int.fetchOne(db, sql: Self.reportCTE + "SELECT COUNT(*) FROM reportLatest WHERE riskLevel = :level",
                                             arguments: period + ["level": level]) ?? 0)
                },
                earlyWarning: try Self.reportWarnings(db, period),
                byDistrict: try Self.reportGroups(db, column: "district", period),
                byInspector: try Self.reportGroups(db, column: "inspector", period),
                briefings: try Self.reportBriefings(db, period),
                outOfTown: try Self.outOfTownFigures(db, period),
                projects: try Self.projectFigures(db, period))
        }
    }

    private static func reportTotals(_ db: Database, _ period: StatementArguments) throws -> HQReportData.Totals {
        var totals = HQReportData.Totals()
        let row = try Row.fetchOne(db, sql: reportCTE + """
            SELECT COUNT(*) AS visits, COUNT(DISTINCT enterpriseId) AS enterprises,
              COUNT(DISTINCT CASE WHEN type = 'riskScreening' THEN enterpriseId END) AS screened,
              SUM(type = 'interview') AS interviews, SUM(type = 'policyBriefing') AS briefings,
              SUM(CASE WHEN type = 'policyBriefing' THEN COALESCE(attendees, 0) ELSE 0 END) AS attendees
            FROM reportVisit
            """, arguments: period)!
        totals.visits = row["visits"]
        totals.enterprisesVisited = row["enterprises"]
        totals.enterprisesScreened = row["screened"]
        totals.interviews = row["interviews"] ?? 0
        totals.briefings = row["briefings"] ?? 0
        totals.briefingAttendees = row["attendees"] ?? 0
        try addTypeTotals(&totals, db, period)
        let recs = try Row.fetchOne(db, sql: """
            SELECT SUM(createdOn BETWEEN :from AND :to) AS made,
                   SUM(rectifiedOn IS NOT NULL AND rectifiedOn BETWEEN :from AND :to) AS rectified,
                   SUM(status IN \(RecommendationStatus.outstandingSQL) AND deadline IS NOT NULL AND deadline < :asOf AND createdOn <= :to) AS overdue
            FROM recommendation WHERE voidedAt IS NULL
            """, arguments: period)!
        totals.recommendationsMade = recs["made"] ?? 0
        totals.recommendationsRectified = recs["rectified"] ?? 0
        totals.recommendationsOverdue = recs["overdue"] ?? 0
        return totals
    }

    private static func reportWarnings(_ db: Database, _ period: StatementArguments) throws -> [HQReportData.Warning] {
        try Row.fetchAll(db, sql: reportCTE + """
            SELECT e.name, e.creditCode, l.district, l.riskLevel, l.date, l.inspector,
                   (SELECT COUNT(*) FROM recommendation r
                    WHERE r.enterpriseId = e.id AND r.status IN \(RecommendationStatus.outstandingSQL) AND r.voidedAt IS NULL) AS openRecs
            FROM reportLatest l JOIN enterprise e ON e.id = l.enterpriseId
            WHERE l.riskLevel IN ('high', 'major')
            ORDER BY l.riskLevel = 'major' DESC, l.date DESC, e.name
            """, arguments: period).map { row in
            HQReportData.Warning(enterpriseName: row["name"], creditCode: row["creditCode"], district: row["district"],
                                 riskLevel: row["riskLevel"], visitDate: row["date"], inspector: row["inspector"],
                                 openRecommendations: row["openRecs"])
        }
    }

    private static func reportGroups(_ db: Database, column: String, _ period: StatementArguments) throws -> [HQReportData.Group] {
        try Row.fetchAll(db, sql: reportCTE + """
            SELECT g.name, g.visits, g.enterprises,
              (SELECT COUNT(*) FROM recommendation r JOIN reportVisit rv ON rv.id = r.visitId
                 WHERE rv.\(column) = g.name AND r.voidedAt IS NULL AND r.createdOn BETWEEN :from AND :to) AS recommendations,
              (SELECT COUNT(*) FROM recommendation r JOIN reportVisit rv ON rv.id = r.visitId
                 WHERE rv.\(column) = g.name AND r.voidedAt IS NULL AND r.status IN \(RecommendationStatus.outstandingSQL) AND r.deadline < :asOf) AS overdue,
              (SELECT COUNT(*) FROM reportLatest l WHERE l.\(column) = g.name AND l.riskLevel IN ('high', 'major')) AS highOrMajor
            FROM (SELECT \(column) AS name, COUNT(*) AS visits, COUNT(DISTINCT enterpriseId) AS enterprises
                  FROM reportVisit GROUP BY \(column)) g
            ORDER BY g.visits DESC, g.name
            """, arguments: period).map { row in
            HQReportData.Group(name: row["name"], visits: row["visits"], enterprises: row["enterprises"],
                               recommendations: row["recommendations"], overdue: row["overdue"], highOrMajor: row["highOrMajor"])
        }
    }

    /// The levels of the period's latest assessed visits whose findings were verified rectified
    /// by the report's date (`RectifiedRisk`, the rule the enterprise summary follows), as a JSON
    /// object visit id → level that `reportLatest` reads in place of the stored level.
    private static func rectifiedLevels(_ db: Database, _ period: StatementArguments, asOf: LocalDate) throws -> String {
        var levels: [String: String] = [:]
        var templates: [String: [ChecklistItem]] = [:]
        let visits = try SiteVisit.fetchAll(db, sql: reportCTE + """
            SELECT v.* FROM siteVisit v JOIN reportLatest l ON l.id = v.id
            WHERE EXISTS (SELECT 1 FROM recommendation r WHERE r.visitId = v.id AND r.status = 'closed' AND r.voidedAt IS NULL
                          AND r.verifiedOn <= :asOf)
            """, arguments: period)
        for visit in visits {
            if let level = try RectifiedRisk.level(of: visit, asOf: asOf, templates: &templates, db) {
                levels[visit.id] = level.rawValue
            }
        }
        let data = try JSONSerialization.data(withJSONObject: levels, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// The period's visits that are not voided (with district and inspector name) and, per
    /// enterprise, its latest completed and assessed one — at the level it has after the findings verified rectified
    /// by the report's date (`:adjusted`): the two relations every report query starts from.
    static let reportCTE = """
        WITH reportVisit AS (
          SELECT v.id, v.enterpriseId, v.type, v.status, v.riskLevel, v.date, v.startTime, v.attendees,
                 CASE WHEN e.outOfTown THEN '\(HQReportData.outOfTownGroup)' ELSE e.district END AS district, COALESCE(i.name, json_extract(v.inspectors, '$[0]'), '') AS inspector
          FROM siteVisit v JOIN enterprise e ON e.id = v.enterpriseId
          LEFT JOIN inspector i ON i.id = v.createdBy
          WHERE v.date BETWEEN :from AND :to AND v.voidedAt IS NULL),
        reportLatest AS (
          SELECT id, enterpriseId, type, status, date, startTime, attendees, district, inspector,
                 COALESCE(json_extract(:adjusted, '$."' || id || '"'), riskLevel) AS riskLevel FROM (
            SELECT *, ROW_NUMBER() OVER (PARTITION BY enterpriseId ORDER BY date DESC, startTime DESC, id DESC) AS rn
            FROM reportVisit WHERE status = 'completed' AND riskLevel != 'notAssessed') WHERE rn = 1)

        """
}
