import GRDB

/// Applies `RiskScoring` to a stored visit.
enum VisitScoring {
    static func assess(_ visit: SiteVisit, _ db: Database) throws -> RiskAssessment {
        let items = try ChecklistItem
            .filter(ChecklistItem.Columns.templateId == visit.templateId
                    && ChecklistItem.Columns.templateVersion == visit.templateVersion)
            .fetchAll(db)
        let answers = try Answer.filter(Answer.Columns.visitId == visit.id).fetchAll(db)
        let findings = Dictionary(answers.map { ($0.itemCode, ScoredAnswer($0.value, $0.figures)) },
                                  uniquingKeysWith: { a, _ in a })
        return RiskScoring.assess(items: items, findings: findings, employees: visit.employees)
    }

    /// Keeps a draft's live score current. Derived values: no new revision, no audit event.
    @discardableResult
    static func refreshLive(_ visit: SiteVisit, _ db: Database) throws -> RiskAssessment {
        let assessment = try assess(visit, db)
        if assessment.score != visit.score || assessment.level != visit.riskLevel {
            try db.execute(sql: "UPDATE siteVisit SET score = ?, riskLevel = ? WHERE id = ?",
                           arguments: [assessment.score, assessment.level, visit.id])
        }
        return assessment
    }
}
