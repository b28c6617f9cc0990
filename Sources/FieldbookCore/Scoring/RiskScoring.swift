/// Risk scoring (docs/risk-scoring.md): a pure function of the checklist, the answers with their
/// recorded figures, and the visit's headcount.
///
/// score = 100 × Σ weight(non-compliant) / Σ weight(compliant or non-compliant); N/A, unanswered
/// and risk-signal items are left out of both sums. The score gives a level, capped when the
/// evidence is thin; the findings then impose floors (F1…F6), and the level is the highest.
public enum RiskScoring {
    /// Lower bounds (inclusive) of each level on the score; below `medium` is low.
    public static let mediumFrom = 10.0
    public static let highFrom = 25.0
    public static let majorFrom = 50.0
    /// A check of fewer weight points than this is short: its score alone gives at most medium.
    public static let shortCheckWeight = 20
    /// F3: a failed item affecting more than this share of the workforce → at least high.
    public static let workforceShareForHigh = 0.3

    /// Without figures or headcount (the checklist as it was before figures existed).
    public static func assess(items: [ChecklistItem], answers: [String: AnswerValue]) -> RiskAssessment {
        assess(items: items, findings: answers.mapValues { ScoredAnswer($0) }, employees: nil)
    }

    /// From stored answers (keyed by item code) with their figures: what the store and every
    /// screen use, so the level shown is the level stored.
    public static func assess(items: [ChecklistItem], records: [String: Answer], employees: Int?) -> RiskAssessment {
        assess(items: items, findings: records.mapValues { ScoredAnswer($0.value, $0.figures) }, employees: employees)
    }

    public static func assess(items: [ChecklistItem], findings: [String: ScoredAnswer], employees: Int?)
    -> RiskAssessment {
        var failedWeight = 0, assessedWeight = 0
        var assessed = 0, failed = 0, notApplicable = 0, unanswered = 0
        var criticalFailures: [String] = []
        var failedItems: [(ChecklistItem, AnswerFigures)] = []
        var signals: [String] = []
        for item in items {
            let finding = findings[item.code] ?? ScoredAnswer(.unanswered)
            switch finding.value {
            case .compliant:
                if item.signal { break }
                assessed += 1
                assessedWeight += item.weight
            case .nonCompliant:
                assessed += 1
                failed += 1
                if item.critical { criticalFailures.append(item.code) }
                if item.signal {
                    signals.append(item.code)
                } else {
                    assessedWeight += item.weight
                    failedWeight += item.weight
                }
                failedItems.append((item, finding.figures))
            case .notApplicable:
                notApplicable += 1
            case .unanswered:
                unanswered += 1
            }
        }
        let score = assessedWeight > 0 ? 100 * Double(failedWeight) / Double(assessedWeight) : nil
        let scored = failedItems.filter { !$0.0.signal }.map(\.0)
        let scoreLevel = ceiling(level(score: score), failed: scored, assessedWeight: assessedWeight)
        let floors = floors(failed: failedItems, signals: signals, employees: employees)
        let level = floors.first.map { max($0.level, scoreLevel) } ?? scoreLevel
        return RiskAssessment(score: score, level: assessed == 0 ? .notAssessed : max(level, .low),
                              scoreLevel: scoreLevel, floors: floors,
                              assessedItems: assessed, nonCompliantItems: failed,
                              notApplicableItems: notApplicable, unansweredItems: unanswered,
                              totalItems: items.count, criticalFailures: criticalFailures)
    }

    /// The level a score gives on its own.
    public static func level(score: Double?) -> RiskLevel {
        guard let score else { return .notAssessed }
        if score >= majorFrom { return .major }
        if score >= highFrom { return .high }
        if score >= mediumFrom { return .medium }
        return .low
    }

    /// The level for a score; a critical failure is major whatever the score.
    public static func level(score: Double?, criticalFailure: Bool) -> RiskLevel {
        guard score != nil else { return .notAssessed }
        return criticalFailure ? .major : level(score: score)
    }

    /// Thin evidence: a score of 100 on one roster item says nothing about harm to workers.
    /// Record-keeping failures alone (weight 1) give at most low; a short check at most medium.
    static func ceiling(_ level: RiskLevel, failed: [ChecklistItem], assessedWeight: Int) -> RiskLevel {
        var capped = level
        if !failed.isEmpty, failed.allSatisfy({ $0.weight == 1 }) { capped = min(capped, .low) }
        if assessedWeight < shortCheckWeight { capped = min(capped, .medium) }
        return capped
    }

    /// F1…F6, highest first.
    static func floors(failed: [(ChecklistItem, AnswerFigures)], signals: [String], employees: Int?) -> [RiskFloor] {
        var floors: [RiskFloor] = []
        let critical = failed.filter { $0.0.critical }.map(\.0.code)
        if !critical.isEmpty { floors.append(RiskFloor(rule: .critical, level: .major, items: critical)) }
        for kind in SeriousViolation.allCases {
            let hits = failed.filter { $0.0.serious == kind && kind.isMet(by: $0.1, employees: employees) }
                .map(\.0.code).filter { !critical.contains($0) }
            if !hits.isEmpty { floors.append(RiskFloor(rule: .serious(kind), level: .major, items: hits)) }
        }
        let rights = failed.filter { $0.0.weight >= 2 && !$0.0.signal }
        var byArea: [CoreArea: [String]] = [:]
        for (item, _) in rights { if let area = item.area { byArea[area, default: []].append(item.code) } }
        if byArea.count >= 2 {
            let areas = CoreArea.allCases.filter { byArea[$0] != nil }
            floors.append(RiskFloor(rule: .coreAreas(areas), level: .high, items: areas.flatMap { byArea[$0]! }))
        }
        if let employees, employees > 0 {
            let wide = rights.filter { Double($0.1.workers ?? 0) / Double(employees) > workforceShareForHigh }.map(\.0.code)
            if !wide.isEmpty { floors.append(RiskFloor(rule: .workforceShare, level: .high, items: wide)) }
        }
        let core = failed.filter { $0.0.weight == 3 && !$0.0.signal }.map(\.0.code)
        if !core.isEmpty { floors.append(RiskFloor(rule: .coreObligation, level: .medium, items: core)) }
        if !signals.isEmpty { floors.append(RiskFloor(rule: .signal, level: .medium, items: signals)) }
        return floors.enumerated().sorted { ($0.element.level, -$0.offset) > ($1.element.level, -$1.offset) }.map(\.element)
    }
}
