import GRDB

extension AppDatabase {
    /// A visit with its enterprise, answers and recommendations; nil when there is no such visit.
    public func visit(id: String) throws -> VisitDetail? {
        try reader.read { db in
            guard let visit = try SiteVisit.fetchOne(db, key: id),
                  let enterprise = try Enterprise.fetchOne(db, key: visit.enterpriseId) else { return nil }
            let answers = try Answer.filter(Answer.Columns.visitId == id).fetchAll(db)
            let recs = try Recommendation.filter(Recommendation.Columns.visitId == id)
                .order(Recommendation.Columns.createdOn, Recommendation.Columns.id).fetchAll(db)
            return VisitDetail(visit: visit, enterprise: enterprise,
                               answers: Dictionary(answers.map { ($0.itemCode, $0) }, uniquingKeysWith: { a, _ in a }),
                               recommendations: recs,
                               participants: visit.type == .policyBriefing ? try VisitParticipantStore.list(visitId: id, db) : [])
        }
    }

    /// The visits of one enterprise, newest first (voided ones too: the list shows them struck).
    public func visitHistory(enterpriseId: String, offset: Int = 0, limit: Int = 50) throws -> Page<SiteVisit> {
        try reader.read { db in
            let request = SiteVisit.filter(SiteVisit.Columns.enterpriseId == enterpriseId)
            let total = try request.fetchCount(db)
            let rows = try request
                .order(SiteVisit.Columns.date.desc, SiteVisit.Columns.startTime.desc, SiteVisit.Columns.id.desc)
                .limit(limit, offset: offset).fetchAll(db)
            return Page(rows: rows, offset: offset, totalCount: total)
        }
    }

    /// Visits across enterprises, newest first (for `fieldbook list visits` and HQ-style lists).
    public func visits(offset: Int = 0, limit: Int = 50) throws -> Page<VisitRow> {
        try reader.read { db in
            let total = try SiteVisit.fetchCount(db)
            let rows = try VisitRow.fetchAll(db, sql: """
                SELECT \(VisitRow.selection) FROM siteVisit v JOIN enterprise e ON e.id = v.enterpriseId
                ORDER BY v.date DESC, v.startTime DESC LIMIT ? OFFSET ?
                """, arguments: [limit, offset])
            return Page(rows: rows, offset: offset, totalCount: total)
        }
    }

    /// The open recommendations (open or re-check failed) of one enterprise, earliest deadline first
    /// (voided ones are not open).
    public func openRecommendations(enterpriseId: String, offset: Int = 0, limit: Int = 50)
    throws -> Page<Recommendation> {
        try reader.read { db in
            let request = Recommendation.filter(Recommendation.Columns.enterpriseId == enterpriseId
                                                && RecommendationStatus.allCases.filter(\.isOutstanding).contains(Recommendation.Columns.status)
                                                && Recommendation.Columns.voidedAt == nil)
            let total = try request.fetchCount(db)
            let rows = try request.order(Recommendation.Columns.deadline, Recommendation.Columns.id)
                .limit(limit, offset: offset).fetchAll(db)
            return Page(rows: rows, offset: offset, totalCount: total)
        }
    }

    /// Open recommendations across enterprises, earliest deadline first (voided ones left out).
    public func followUps(_ scope: FollowUpScope, offset: Int = 0, limit: Int = 50) throws -> Page<FollowUpRow> {
        let today = clock.today()
        let (condition, arguments): (String, StatementArguments) = switch scope {
        case .overdue: ("r.deadline < ?", [today])
        case .dueSoon: ("r.deadline BETWEEN ? AND ?", [today, today.adding(days: Self.dueSoonDays)])
        case .allOpen: ("1", [])
        }
        return try reader.read { db in
            let total = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM recommendation r WHERE r.status IN \(RecommendationStatus.outstandingSQL) AND r.voidedAt IS NULL AND \(condition)
                """, arguments: arguments) ?? 0
            let rows = try FollowUpRow.fetchAll(db, sql: """
                SELECT r.*, e.name AS enterpriseName FROM recommendation r
                JOIN enterprise e ON e.id = r.enterpriseId
                WHERE r.status IN \(RecommendationStatus.outstandingSQL) AND r.voidedAt IS NULL AND \(condition)
                ORDER BY r.deadline, r.id LIMIT ? OFFSET ?
                """, arguments: arguments + [limit, offset])
            return Page(rows: rows, offset: offset, totalCount: total)
        }
    }

    /// The audit trail of one record, oldest first.
    public func auditTrail(recordId: String) throws -> [AuditEvent] {
        try reader.read { db in
            try AuditEvent.filter(AuditEvent.Columns.recordId == recordId).order(AuditEvent.Columns.at).fetchAll(db)
        }
    }
}
