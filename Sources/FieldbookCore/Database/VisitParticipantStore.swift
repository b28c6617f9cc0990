import GRDB

/// The further enterprises attending a policy briefing (`VisitParticipant`), inside the caller's
/// transaction: only on a draft briefing, each enterprise once, every change stamped and audited,
/// a removal leaving a tombstone (exported, so headquarters drops it too).
public enum VisitParticipantStore {
    public static func add(visitId: String, enterpriseId: String, attendees: Int? = nil,
                           _ db: Database, _ change: ChangeContext) throws -> VisitParticipant {
        let visit = try VisitStore.fetchDraft(id: visitId, db)
        guard visit.type == .policyBriefing else { throw VisitTypeError.participantsOnlyForBriefing(type: visit.type) }
        guard let enterprise = try Enterprise.fetchOne(db, key: enterpriseId) else {
            throw CoreError.notFound(FieldName.enterprise, id: enterpriseId)
        }
        let listed = try VisitParticipant.filter(VisitParticipant.Columns.visitId == visitId
                                                 && VisitParticipant.Columns.enterpriseId == enterpriseId).fetchCount(db)
        guard enterpriseId != visit.enterpriseId, listed == 0 else {
            throw VisitTypeError.participantListed(name: enterprise.name)
        }
        if let attendees, attendees < 0 { throw CoreError.negativeFigure(FieldName.attendees, attendees) }
        var participant = VisitParticipant(visitId: visitId, enterpriseId: enterpriseId, attendees: attendees)
        change.stampNew(&participant)
        try participant.insert(db)
        try AuditLog.recordCreated(participant, db, change)
        return participant
    }

    /// Sets how many people came from this enterprise (nil: not counted per enterprise).
    public static func setAttendees(id: String, _ attendees: Int?, _ db: Database, _ change: ChangeContext) throws
    -> VisitParticipant {
        let old = try fetch(id: id, db)
        _ = try VisitStore.fetchDraft(id: old.visitId, db)
        if let attendees, attendees < 0 { throw CoreError.negativeFigure(FieldName.attendees, attendees) }
        var participant = old
        participant.attendees = attendees
        guard participant != old else { return old }
        change.stampChanged(&participant, from: old)
        try participant.update(db)
        try AuditLog.recordChanges(old: old, new: participant, db, change)
        return participant
    }

    /// Takes an enterprise off a draft briefing's list: the row goes, its tombstone stays.
    public static func remove(id: String, _ db: Database, _ change: ChangeContext) throws {
        let participant = try fetch(id: id, db)
        _ = try VisitStore.fetchDraft(id: participant.visitId, db)
        try AuditLog.recordDeleted(participant, db, change)
        try Tombstones.bury(participant, db, change)
    }

    /// A visit deleted as a draft never exported takes its participants with it (tombstoned).
    static func buryAll(ofVisit visitId: String, _ db: Database, _ change: ChangeContext) throws {
        for participant in try VisitParticipant.filter(VisitParticipant.Columns.visitId == visitId).fetchAll(db) {
            try AuditLog.recordDeleted(participant, db, change)
            try Tombstones.bury(participant, db, change)
        }
    }

    /// The participants of a visit with their enterprises, by enterprise name.
    public static func list(visitId: String, _ db: Database) throws -> [AttendingEnterprise] {
        let participants = try VisitParticipant.filter(VisitParticipant.Columns.visitId == visitId).fetchAll(db)
        let enterprises = try Enterprise.fetchAll(db, keys: participants.map(\.enterpriseId))
        let byId = Dictionary(uniqueKeysWithValues: enterprises.map { ($0.id, $0) })
        return participants.compactMap { p in byId[p.enterpriseId].map { AttendingEnterprise(participant: p, enterprise: $0) } }
            .sorted { ($0.enterprise.name, $0.participant.id) < ($1.enterprise.name, $1.participant.id) }
    }

    private static func fetch(id: String, _ db: Database) throws -> VisitParticipant {
        guard let participant = try VisitParticipant.fetchOne(db, key: id) else {
            throw CoreError.notFound(VisitFieldName.participants, id: id)
        }
        return participant
    }
}

extension AppDatabase {
    /// Adds an attending enterprise to a draft policy briefing.
    @discardableResult
    public func addParticipant(visitId: String, enterpriseId: String, attendees: Int? = nil) throws -> VisitParticipant {
        try write { db, change in
            try VisitParticipantStore.add(visitId: visitId, enterpriseId: enterpriseId, attendees: attendees, db, change)
        }
    }

    @discardableResult
    public func setParticipantAttendees(id: String, _ attendees: Int?) throws -> VisitParticipant {
        try write { db, change in try VisitParticipantStore.setAttendees(id: id, attendees, db, change) }
    }

    public func removeParticipant(id: String) throws {
        try write { db, change in try VisitParticipantStore.remove(id: id, db, change) }
    }

    /// The further enterprises attending a briefing, by name.
    public func participants(visitId: String) throws -> [AttendingEnterprise] {
        try reader.read { db in try VisitParticipantStore.list(visitId: visitId, db) }
    }
}

/// A policy briefing an enterprise attended as a participant (not as the host, whose visit it
/// is): what its page lists, so a firm briefed at another's premises shows it was briefed.
public struct BriefingAttendance: Sendable, Hashable {
    public var visitId: String
    public var date: LocalDate
    /// The hosting enterprise (the visit's own).
    public var hostName: String
    public var place: String
    /// People from this enterprise, when counted per enterprise.
    public var attendees: Int?
}

extension AppDatabase {
    /// The live policy briefings `enterpriseId` attended as a participant, newest first.
    public func briefingsAttended(enterpriseId: String) throws -> [BriefingAttendance] {
        try reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT v.id, v.date, v.place, p.attendees, e.name
                FROM visitParticipant p JOIN siteVisit v ON v.id = p.visitId JOIN enterprise e ON e.id = v.enterpriseId
                WHERE p.enterpriseId = ? AND v.voidedAt IS NULL
                ORDER BY v.date DESC, v.id
                """, arguments: [enterpriseId]).compactMap { row in
                guard let date = LocalDate(row["date"] as String) else { return nil }
                return BriefingAttendance(visitId: row["id"], date: date, hostName: row["name"],
                                          place: (row["place"] as String?) ?? "", attendees: row["attendees"])
            }
        }
    }
}
