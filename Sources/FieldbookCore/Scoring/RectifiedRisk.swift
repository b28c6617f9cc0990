import Foundation
import GRDB

/// An enterprise keeps the level of its latest assessed visit until it is reassessed — or until
/// findings of that visit are verified rectified (docs/risk-scoring.md, "After rectification").
///
/// A finding (a non-compliant item) counts as verified rectified when the visit has at least one
/// recommendation naming the item and every such recommendation is closed (已复查销号). The level
/// is then worked out again from the same visit with those items counted as compliant: a closed
/// critical finding no longer forces major, closed core-area findings no longer make the
/// two-area floor, and so on. A re-check gives the same evidence about those items that a new
/// visit would; the items nobody re-checked keep counting.
///
/// Used by `EnterpriseSummary` (laptop and headquarters alike) and by headquarters' report, so
/// both sides say the same level.
package enum RectifiedRisk {
    /// The item codes of `visitId` whose findings are verified rectified on or before `asOf`
    /// (nil: whenever).
    package static func rectifiedItems(visitId: String, asOf: LocalDate?, _ db: Database) throws -> Set<String> {
        var closed: [String: Bool] = [:]
        // A cached statement and column reads: a bulk refresh (demo-data, HQ's report) runs this
        // once per enterprise, and compiling the query each time was most of its cost.
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT itemCodes, status, verifiedOn FROM recommendation WHERE visitId = ? AND itemCodes != '[]' AND voidedAt IS NULL
            """), arguments: [visitId])
        while let row = try rows.next() {
            let statusText: String = row[1] ?? ""
            var done = RecommendationStatus.parse(statusText) == .closed
            if done, let asOf {
                let verifiedText: String? = row[2]
                let verifiedOn: LocalDate? = verifiedText.flatMap { LocalDate($0) }
                done = verifiedOn.map { $0 <= asOf } ?? false
            }
            let codesText: String = row[0] ?? "[]"
            for code in ItemCodeList.decode(codesText) { closed[code] = (closed[code] ?? true) && done }
        }
        return Set(closed.filter(\.value).keys)
    }

    /// The level of `visit` once its verified-rectified findings count as compliant; nil when
    /// none of its findings is (the stored level stands).
    /// `templates` caches each template's items across calls (bulk refreshes, reports).
    package static func level(of visit: SiteVisit, asOf: LocalDate? = nil, templates: inout [String: [ChecklistItem]],
                              _ db: Database) throws -> RiskLevel? {
        try level(of: Subject(visit), asOf: asOf, templates: &templates, db)
    }

    /// What the rule needs of a visit: a bulk refresh reads these four columns instead of
    /// decoding whole `SiteVisit` records.
    package struct Subject: Sendable {
        package var visitId: String
        package var templateId: String
        package var templateVersion: Int
        package var employees: Int?

        package init(visitId: String, templateId: String, templateVersion: Int, employees: Int?) {
            self.visitId = visitId
            self.templateId = templateId
            self.templateVersion = templateVersion
            self.employees = employees
        }

        init(_ visit: SiteVisit) {
            self.init(visitId: visit.id, templateId: visit.templateId, templateVersion: visit.templateVersion,
                      employees: visit.employees)
        }
    }

    package static func level(of visit: Subject, asOf: LocalDate? = nil, templates: inout [String: [ChecklistItem]],
                              _ db: Database) throws -> RiskLevel? {
        let rectified = try rectifiedItems(visitId: visit.visitId, asOf: asOf, db)
        guard !rectified.isEmpty else { return nil }
        let key = "\(visit.templateId) v\(visit.templateVersion)"
        let items = try templates[key] ?? ChecklistItem
            .filter(ChecklistItem.Columns.templateId == visit.templateId
                    && ChecklistItem.Columns.templateVersion == visit.templateVersion)
            .fetchAll(db)
        templates[key] = items
        var findings: [String: ScoredAnswer] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT itemCode, value, workers, amountYuan, months FROM answer WHERE visitId = ?
            """), arguments: [visit.visitId])
        while let row = try rows.next() {
            let code: String = row[0]
            let valueText: String = row[1]
            guard let value = AnswerValue(rawValue: valueText) else { continue }
            findings[code] = value == .nonCompliant && rectified.contains(code)
                ? ScoredAnswer(.compliant)
                : ScoredAnswer(value, AnswerFigures(workers: row[2], amountYuan: row[3], months: row[4]))
        }
        let level = RiskScoring.assess(items: items, findings: findings, employees: visit.employees).level
        return level == .notAssessed ? nil : level
    }
}
