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
        let rows = try Row.fetchAll(db, sql: """
            SELECT itemCodes, status, verifiedOn FROM recommendation WHERE visitId = ? AND itemCodes != '[]' AND voidedAt IS NULL
            """, arguments: [visitId])
        for row in rows {
            let statusText: String = row["status"] ?? ""
            let verifiedText: String? = row["verifiedOn"]
            var done = RecommendationStatus.parse(statusText) == .closed
            if done, let asOf {
                let verifiedOn: LocalDate? = verifiedText.flatMap { LocalDate($0) }
                done = verifiedOn.map { $0 <= asOf } ?? false
            }
            let codesText: String = row["itemCodes"] ?? "[]"
            let codes = (try? JSONDecoder().decode([String].self, from: Data(codesText.utf8))) ?? []
            for code in codes { closed[code] = (closed[code] ?? true) && done }
        }
        return Set(closed.filter(\.value).keys)
    }

    /// The level of `visit` once its verified-rectified findings count as compliant; nil when
    /// none of its findings is (the stored level stands).
    /// `templates` caches each template's items across calls (bulk refreshes, reports).
    package static func level(of visit: SiteVisit, asOf: LocalDate? = nil, templates: inout [String: [ChecklistItem]],
                              _ db: Database) throws -> RiskLevel? {
        let rectified = try rectifiedItems(visitId: visit.id, asOf: asOf, db)
        guard !rectified.isEmpty else { return nil }
        let key = "\(visit.templateId) v\(visit.templateVersion)"
        let items = try templates[key] ?? ChecklistItem
            .filter(ChecklistItem.Columns.templateId == visit.templateId
                    && ChecklistItem.Columns.templateVersion == visit.templateVersion)
            .fetchAll(db)
        templates[key] = items
        var findings: [String: ScoredAnswer] = [:]
        for answer in try Answer.filter(Answer.Columns.visitId == visit.id).fetchAll(db) {
            findings[answer.itemCode] = answer.value == .nonCompliant && rectified.contains(answer.itemCode)
                ? ScoredAnswer(.compliant) : ScoredAnswer(answer.value, answer.figures)
        }
        let level = RiskScoring.assess(items: items, findings: findings, employees: visit.employees).level
        return level == .notAssessed ? nil : level
    }
}
