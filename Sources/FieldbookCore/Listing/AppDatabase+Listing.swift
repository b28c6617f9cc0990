import Foundation
import GRDB

/// The read queries behind `fieldbook list`. Each takes an optional search text and a limit;
/// lists are ordered the way an inspector scans them (enterprises by name, visits newest first,
/// recommendations by deadline with overdue first).
extension AppDatabase {
    /// Without `search`, the registry in name (pinyin) order; with it, core's ranked search
    /// (Chinese substring, pinyin, initials, credit-code prefix, address).
    public func listEnterprises(search: String? = nil, limit: Int? = nil) throws -> [EnterpriseListRow] {
        let enterprises: [Enterprise]
        if let search, !search.trimmingCharacters(in: .whitespaces).isEmpty {
            enterprises = try searchEnterprises(search, limit: limit ?? 100_000).map(\.enterprise)
        } else {
            enterprises = try self.enterprises(sort: .name, limit: limit ?? Int(Int32.max)).rows
        }
        return enterprises.map { e in
            EnterpriseListRow(creditCode: e.creditCode, name: e.name, district: e.district, industry: e.industry,
                              employees: e.employeeCount, rating: e.integrityRating, redList: e.redList,
                              outOfTown: e.outOfTown,
                              registeredIn: e.outOfTown ? e.registrationDivision?.label(in: .zh) : nil,
                              harmoniousTitle: e.harmoniousTitle, lastVisitDate: e.lastVisitDate,
                              lastRiskLevel: e.lastRiskLevel, openRecommendations: e.openRecommendationCount)
        }
    }

    public func listVisits(search: String? = nil, limit: Int? = nil) throws -> [VisitListRow] {
        let pattern = Self.likePattern(search)
        return try reader.read { db in
            var sql = """
                SELECT v.id, v.date, e.name, e.creditCode, v.type, v.status, v.reopenReason, v.riskLevel, v.score,
                       v.voidedAt, v.voidReason,
                       (SELECT COUNT(*) FROM recommendation r WHERE r.visitId = v.id AND r.voidedAt IS NULL)
                         AS recommendations
                FROM siteVisit v JOIN enterprise e ON e.id = v.enterpriseId
                """
            var arguments: StatementArguments = []
            if let pattern {
                sql += " WHERE e.name LIKE ? ESCAPE '\\' OR v.notes LIKE ? ESCAPE '\\'"
                arguments += [pattern, pattern]
            }
            sql += " ORDER BY v.date DESC, v.startTime DESC, v.id"
            if let limit { sql += " LIMIT \(limit)" }
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let status: VisitStatus = row["status"]
                let reopened = status == .draft && (row["reopenReason"] as String?) != nil
                let voided = (row["voidedAt"] as String?) != nil
                return VisitListRow(id: row["id"], date: row["date"], enterprise: row["name"], creditCode: row["creditCode"],
                                    type: row["type"], state: voided ? "voided" : reopened ? "reopened" : status.rawValue,
                                    voidReason: row["voidReason"], riskLevel: row["riskLevel"], score: row["score"],
                                    recommendations: row["recommendations"])
            }
        }
    }

    public func listRecommendations(search: String? = nil, limit: Int? = nil) throws -> [RecommendationListRow] {
        let pattern = Self.likePattern(search)
        let today = clock.today()
        return try reader.read { db in
            var sql = """
                SELECT r.id, e.name, v.date AS visitDate, r.priority, r.status, r.deadline, r.itemCodes, r.text,
                       r.voidedAt, r.voidReason
                FROM recommendation r JOIN enterprise e ON e.id = r.enterpriseId JOIN siteVisit v ON v.id = r.visitId
                """
            var arguments: StatementArguments = []
            if let pattern {
                sql += " WHERE e.name LIKE ? ESCAPE '\\' OR r.text LIKE ? ESCAPE '\\'"
                arguments += [pattern, pattern]
            }
            // Outstanding ones first (by deadline, none last), then the closed ones, newest first; voided last.
            sql += """
                 ORDER BY r.voidedAt IS NOT NULL, r.status NOT IN \(RecommendationStatus.outstandingSQL),
                 CASE WHEN r.status IN \(RecommendationStatus.outstandingSQL) THEN r.deadline IS NULL END,
                 CASE WHEN r.status IN \(RecommendationStatus.outstandingSQL) THEN r.deadline END, v.date DESC, r.id
                """
            if let limit { sql += " LIMIT \(limit)" }
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let status: RecommendationStatus = row["status"]
                let deadline: LocalDate? = row["deadline"]
                let voided = (row["voidedAt"] as String?) != nil
                let codes = (try? JSONDecoder().decode([String].self, from: Data((row["itemCodes"] as String).utf8))) ?? []
                return RecommendationListRow(id: row["id"], enterprise: row["name"], visitDate: row["visitDate"],
                                             priority: row["priority"], status: status, deadline: deadline,
                                             overdue: !voided && status.isOutstanding && deadline.map { $0 < today } == true,
                                             voided: voided, voidReason: row["voidReason"],
                                             itemCodes: codes, text: row["text"])
            }
        }
    }

    /// A LIKE pattern matching `search` anywhere, with LIKE's wildcards escaped; nil for no search.
    static func likePattern(_ search: String?) -> String? {
        guard let text = search?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return "%" + escaped + "%"
    }
}
