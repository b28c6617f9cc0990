import GRDB

/// How a visit or recommendation entered by mistake can go (docs/domain-model.md, "Deleting and
/// voiding"): a draft that never left the laptop is deleted (tombstone); anything completed or
/// exported is voided with a reason; a voided one stays as it is.
public enum RecordRemoval: Sendable, Equatable {
    case delete
    case void
    /// Already voided.
    case none
}

extension AppDatabase {
    /// What removing this visit would do.
    public func removal(ofVisit id: String) throws -> RecordRemoval {
        try reader.read { db in
            guard let visit = try SiteVisit.fetchOne(db, key: id), !visit.isVoided else { return .none }
            return try VisitStore.isDeletable(visit, db) ? .delete : .void
        }
    }

    /// What removing this recommendation would do.
    public func removal(ofRecommendation id: String) throws -> RecordRemoval {
        try reader.read { db in
            guard let rec = try Recommendation.fetchOne(db, key: id), !rec.isVoided else { return .none }
            return try RecommendationStore.isDeletable(rec, db) ? .delete : .void
        }
    }

    /// Voids a visit (and its recommendations) with a reason; audited and exported.
    @discardableResult
    public func voidVisit(id: String, reason: String) throws -> SiteVisit {
        try write { db, change in try VisitStore.void(id: id, reason: reason, db, change) }
    }

    /// Voids a recommendation with a reason; audited and exported.
    @discardableResult
    public func voidRecommendation(id: String, reason: String) throws -> Recommendation {
        try write { db, change in try RecommendationStore.void(id: id, reason: reason, db, change) }
    }
}
