import FieldbookCore

/// What a visit still lacks before it is complete: unchecked items, non-compliant items with no
/// recommendation, and empty fields of the form. Completing with gaps is allowed after a confirm.
struct VisitReadiness: Sendable, Hashable {
    let assessment: RiskAssessment
    let compliantItems: Int
    let unansweredCodes: [String]
    let nonCompliantWithoutRecommendation: [String]
    let missingFields: [VisitFormField]
    let recommendationCount: Int

    init(detail: VisitDetail, items: [ChecklistItem]) {
        let values = detail.answers.mapValues(\.value)
        assessment = RiskScoring.assess(items: items, records: detail.answers, employees: detail.visit.employees)
        compliantItems = items.filter { values[$0.code] == .compliant }.count
        unansweredCodes = items.filter { (values[$0.code] ?? .unanswered) == .unanswered }.map(\.code)
        let addressed = Set(detail.recommendations.filter { !$0.isVoided }.flatMap(\.itemCodes))
        nonCompliantWithoutRecommendation = items
            .filter { values[$0.code] == .nonCompliant && !addressed.contains($0.code) }.map(\.code)
        let visit = detail.visit
        var missing: [VisitFormField] = []
        if visit.inspectors.isEmpty { missing.append(.inspectors) }
        if visit.startTime == nil { missing.append(.start) }
        if visit.endTime == nil { missing.append(.end) }
        // The fields of the visit's type (docs/visit-screens.md): a summons without the person,
        // reason or record, a briefing without its attendance, a screening without its workforce.
        let required: [VisitFormField] = switch visit.type {
        case .summons: [.summonedPerson, .summonsReason, .talkRecord]
        case .policyBriefing: [.attendees]
        default: visit.type.recordsWorkforce ? VisitFormField.workforce : []
        }
        for field in required where field.text(of: visit).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            missing.append(field)
        }
        missingFields = missing
        recommendationCount = detail.recommendations.filter { !$0.isVoided }.count
    }

    var isComplete: Bool {
        unansweredCodes.isEmpty && nonCompliantWithoutRecommendation.isEmpty && missingFields.isEmpty
    }

    /// One line per gap, in the interface language.
    func warnings(_ text: any Catalogue) -> [String] {
        var lines: [String] = []
        if !unansweredCodes.isEmpty {
            lines.append(text.reviewUnanswered(count: unansweredCodes.count, codes: Self.codes(unansweredCodes, text)))
        }
        if !nonCompliantWithoutRecommendation.isEmpty {
            lines.append(text.reviewNonCompliantWithoutRecommendation(
                count: nonCompliantWithoutRecommendation.count, codes: Self.codes(nonCompliantWithoutRecommendation, text)))
        }
        if !missingFields.isEmpty {
            lines.append(text.reviewMissingFields(missingFields.map { $0.label(text) }.joined(separator: text.listSeparator)))
        }
        return lines
    }

    /// The first few codes, then "…": the lines stay short; the checklist shows them all.
    private static func codes(_ codes: [String], _ text: any Catalogue) -> String {
        codes.prefix(6).joined(separator: text.listSeparator) + (codes.count > 6 ? "…" : "")
    }
}
