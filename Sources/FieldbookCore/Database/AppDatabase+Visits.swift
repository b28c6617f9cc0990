import GRDB

extension AppDatabase {
    /// Starts a draft visit dated today (unless `date` is given) on the newest version of the
    /// template (unless `templateVersion` is given); inspectors default to this database's inspector.
    @discardableResult
    public func startVisit(enterpriseId: String, type: VisitType, date: LocalDate? = nil,
                           templateId: String = "employment-risk", templateVersion: Int? = nil,
                           inspectors: [String]? = nil) throws -> SiteVisit {
        try write { db, change in
            try VisitStore.start(enterpriseId: enterpriseId, type: type, date: date ?? change.today,
                                 templateId: templateId, templateVersion: templateVersion,
                                 inspectors: inspectors, db, change)
        }
    }

    /// Saves the editable fields of a draft visit; refused with a bilingual error when completed.
    @discardableResult
    public func updateVisit(_ visit: SiteVisit) throws -> SiteVisit {
        try write { db, change in try VisitStore.update(visit, db, change) }
    }

    /// Completes (and locks) a draft visit, fixing its score and risk level. `acceptedGaps`: what
    /// was still missing when the inspector chose to lock anyway (audited on the visit).
    @discardableResult
    public func completeVisit(id: String, acceptingGaps acceptedGaps: [String] = []) throws -> SiteVisit {
        try write { db, change in try VisitStore.complete(id: id, acceptedGaps: acceptedGaps, db, change) }
    }

    /// Reopens a completed visit; `reason` must not be empty and is audited.
    @discardableResult
    public func reopenVisit(id: String, reason: String) throws -> SiteVisit {
        try write { db, change in try VisitStore.reopen(id: id, reason: reason, db, change) }
    }

    /// Deletes a draft visit that was never exported, its answers and recommendations, leaving
    /// tombstones; a completed or exported one is refused (`voidVisit` instead).
    public func deleteVisit(id: String) throws {
        try write { db, change in try VisitStore.delete(id: id, db, change) }
    }

    /// Records the answer and/or note for one item (nil keeps the current one) and returns the
    /// visit's live assessment.
    @discardableResult
    public func setAnswer(visitId: String, itemCode: String, value: AnswerValue? = nil, note: String? = nil,
                          figures: AnswerFigures? = nil)
    throws -> (Answer, RiskAssessment) {
        try write { db, change in
            try AnswerStore.set(visitId: visitId, itemCode: itemCode, value: value, note: note, figures: figures,
                                db, change)
        }
    }

    /// Adds a recommendation to a draft visit (deadline defaults by priority).
    @discardableResult
    public func addRecommendation(visitId: String, itemCodes: [String] = [], text: String,
                                  priority: RecommendationPriority, deadline: LocalDate? = nil) throws -> Recommendation {
        try write { db, change in
            try RecommendationStore.add(visitId: visitId, itemCodes: itemCodes, text: text, priority: priority,
                                        deadline: deadline, db, change)
        }
    }

    /// Saves a recommendation's text, items, priority and deadline (its visit must be a draft).
    @discardableResult
    public func updateRecommendation(_ recommendation: Recommendation) throws -> Recommendation {
        try write { db, change in try RecommendationStore.update(recommendation, db, change) }
    }

    /// Moves a recommendation's status, dated `date` (default today), by the workflow's rules
    /// (`RecommendationTransition`).
    @discardableResult
    public func changeRecommendationStatus(id: String, _ transition: RecommendationTransition, on date: LocalDate? = nil)
    throws -> Recommendation {
        try write { db, change in
            try RecommendationStore.change(id: id, transition, on: date ?? change.today, db, change)
        }
    }

    /// Takes a mistaken status change back one step, with a reason (audited).
    @discardableResult
    public func revertRecommendationStatus(id: String, reason: String) throws -> Recommendation {
        try write { db, change in try RecommendationStore.revertStatus(id: id, reason: reason, db, change) }
    }

    /// Links the follow-up visit of a recommendation (nil unlinks).
    @discardableResult
    public func linkFollowUp(recommendationId: String, visitId: String?) throws -> Recommendation {
        try write { db, change in try RecommendationStore.linkFollowUp(id: recommendationId, visitId: visitId, db, change) }
    }

    /// Deletes a never-exported recommendation of a draft visit, leaving a tombstone; otherwise
    /// refused (`voidRecommendation` instead).
    public func deleteRecommendation(id: String) throws {
        try write { db, change in try RecommendationStore.delete(id: id, db, change) }
    }
}
