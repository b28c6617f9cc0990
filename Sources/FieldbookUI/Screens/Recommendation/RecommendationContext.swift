import FieldbookCore

/// What the form needs to know about where a recommendation belongs: its visit (a completed
/// visit locks the content), the enterprise's name, and the checklist items it addresses.
struct RecommendationContext {
    var visit: SiteVisit
    var enterpriseName: String
    /// The linked items in checklist order, with labels and legal basis.
    var items: [ChecklistItem]

    static func load(visitId: String, itemCodes: [String], env: AppEnvironment) throws -> RecommendationContext {
        guard let detail = try env.db.visit(id: visitId) else { throw UIError.recordMissing }
        let checklist = try env.db.checklist(templateId: detail.visit.templateId, version: detail.visit.templateVersion)
        let items = itemCodes.compactMap { checklist?.item(code: $0) }
        return RecommendationContext(visit: detail.visit, enterpriseName: detail.enterprise.name, items: items)
    }

    /// The text a recommendation from a non-compliant item starts with: the item and its legal
    /// basis, so the inspector only adds what the enterprise must do.
    func prefill(_ env: AppEnvironment) -> String {
        items.map { env.text.recommendationPrefill(item: $0.label.text(in: env.language),
                                                   basis: $0.legalBasis.text(in: env.language)) }
            .joined(separator: "\n")
    }

    /// A critical item (child labour, wage arrears) is urgent; anything else starts as medium.
    var suggestedPriority: RecommendationPriority {
        items.contains(where: \.critical) ? .high : .medium
    }

    func defaultDeadline(for priority: RecommendationPriority) -> LocalDate {
        visit.date.adding(days: priority.defaultDeadlineDays)
    }
}
