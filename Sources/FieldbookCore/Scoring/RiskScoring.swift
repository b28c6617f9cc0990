/// Risk scoring (docs/risk-scoring.md): a pure function of the checklist and the answers.
///
/// score = 100 × Σ weight(non-compliant) / Σ weight(compliant or non-compliant);
/// N/A and unanswered items are left out of both sums.
public enum RiskScoring {
    /// Lower bounds (inclusive) of each level on the score; below `medium` is low.
    public static let mediumFrom = 10.0
    public static let highFrom = 25.0
    public static let majorFrom = 50.0

    public static func assess(items: [ChecklistItem], answers: [String: AnswerValue]) -> RiskAssessment {
        var failedWeight = 0, assessedWeight = 0
        var assessed = 0, failed = 0, notApplicable = 0, unanswered = 0
        var criticalFailures: [String] = []
        for item in items {
            switch answers[item.code] ?? .unanswered {
            case .compliant:
                assessed += 1
                assessedWeight += item.weight
            case .nonCompliant:
                assessed += 1
                failed += 1
                assessedWeight += item.weight
                failedWeight += item.weight
                if item.critical { criticalFailures.append(item.code) }
            case .notApplicable:
                notApplicable += 1
            case .unanswered:
                unanswered += 1
            }
        }
        let score = assessedWeight > 0 ? 100 * Double(failedWeight) / Double(assessedWeight) : nil
        return RiskAssessment(score: score, level: level(score: score, criticalFailure: !criticalFailures.isEmpty),
                              assessedItems: assessed, nonCompliantItems: failed,
                              notApplicableItems: notApplicable, unansweredItems: unanswered,
                              totalItems: items.count, criticalFailures: criticalFailures)
    }

    /// The level for a score; a critical failure is major whatever the score.
    public static func level(score: Double?, criticalFailure: Bool) -> RiskLevel {
        guard let score else { return .notAssessed }
        if criticalFailure || score >= majorFrom { return .major }
        if score >= highFrom { return .high }
        if score >= mediumFrom { return .medium }
        return .low
    }
}
