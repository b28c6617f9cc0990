import FieldbookCore

/// What the form needs to know about where a recommendation belongs: its visit (a completed
/// visit locks the content), the enterprise's name, and the checklist items it addresses.
struct RecommendationContext {
    var visit: SiteVisit
    var enterpriseName: String
    /// The linked items in checklist order, with labels and legal basis.
    var items: [ChecklistItem]
    /// The visit's answers (their figures go into the finding).
    var answers: [String: Answer] = [:]
    /// Where rectification is reported: the bureau that issues this database's documents.
    var reportTo = Bilingual(zh: DocumentSettings.standard.issuerZh, en: DocumentSettings.standard.issuerEn)

    static func load(visitId: String, itemCodes: [String], env: AppEnvironment) throws -> RecommendationContext {
        guard let detail = try env.db.visit(id: visitId) else { throw UIError.recordMissing }
        let checklist = try env.db.checklist(templateId: detail.visit.templateId, version: detail.visit.templateVersion)
        let items = itemCodes.compactMap { checklist?.item(code: $0) }
        return RecommendationContext(visit: detail.visit, enterpriseName: detail.enterprise.name, items: items,
                                     answers: detail.answers, reportTo: try env.db.documentSettings().issuer)
    }

    /// The text a recommendation from a non-compliant item starts with. With a checklist that
    /// writes findings (v2): the bureau's opinion in full — finding with the recorded figures,
    /// law and article, "建议…于…前…", where to report (core's `RecommendationPrefill`). Otherwise
    /// the item and its legal basis, so the inspector only adds what the enterprise must do.
    func prefill(_ env: AppEnvironment) -> String {
        if items.count == 1, let item = items.first, let period = itemPeriod,
           let text = RecommendationPrefill.text(item: item, figures: answers[item.code]?.figures ?? .none,
                                                 deadline: period.due(from: visit.date), atOnce: period.days == 0,
                                                 reportTo: reportTo, language: env.language) {
            return text
        }
        return items.map { env.text.recommendationPrefill(item: $0.label.text(in: env.language),
                                                   basis: $0.legalBasis.text(in: env.language)) }
            .joined(separator: "\n")
    }

    /// A critical item (child labour, wage arrears) is urgent; anything else starts as medium.
    var suggestedPriority: RecommendationPriority {
        items.contains(where: \.critical) ? .high : .medium
    }

    /// The item's own rectification period (the shortest when several items are linked).
    var itemPeriod: RectificationPeriod? {
        items.compactMap(RectificationPeriod.init(item:)).min { $0.due(from: visit.date) < $1.due(from: visit.date) }
    }

    /// The item's period at the suggested priority; a priority the inspector picks has its own default.
    func defaultDeadline(for priority: RecommendationPriority) -> LocalDate {
        if priority == suggestedPriority, let itemPeriod { return itemPeriod.due(from: visit.date) }
        return visit.date.adding(days: priority.defaultDeadlineDays)
    }
}
