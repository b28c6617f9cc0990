import Foundation
import GRDB

/// Merges one verified bundle into a headquarters database, inside the caller's transaction.
///
/// The rule for a record HQ already holds (see docs/hq.md):
/// - same content → unchanged;
/// - HQ's version came from the same device → the higher revision wins (a lower one is "older");
/// - it came from another device (or HQ's registry) → the incoming version replaces it only when
///   it was made on top of it (`baseRevision` ≥ HQ's revision); otherwise both are kept and a
///   conflict is recorded. Nothing is overwritten silently; nothing is duplicated.
final class HQMerger {
    private let db: Database
    private let change: ChangeContext
    private let bundle: IncomingBundle
    private var report: MergeReport
    private var touchedEnterprises = Set<String>()
    private var aliases: [String: String] = [:]
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    init(db: Database, change: ChangeContext, bundle: IncomingBundle) {
        self.db = db
        self.change = change
        self.bundle = bundle
        report = MergeReport(fileName: bundle.fileName, bundleId: bundle.bundleId, deviceId: bundle.deviceId,
                             inspector: bundle.inspector.name, sequence: bundle.sequence, alreadyImported: false,
                             counts: [:], missingSequences: [])
    }

    func merge() throws -> MergeReport {
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        try mergeInspector()
        for incoming in bundle.enterprises { try mergeEnterprise(incoming.enterprise, base: incoming.baseRevision) }
        for snapshot in bundle.referencedEnterprises { try mergeReferencedEnterprise(snapshot) }
        for visit in bundle.visits { try mergeVisit(visit) }
        for answer in bundle.answers { try mergeAnswer(answer) }
        for recommendation in bundle.recommendations { try mergeRecommendation(recommendation) }
        for event in bundle.auditEvents { try mergeAuditEvent(event) }
        for stone in bundle.tombstones { try mergeTombstone(stone) }
        for id in touchedEnterprises { try EnterpriseSummary.refresh(enterpriseId: id, db) }
        try recordBundle()
        try checkForeignKeys()
        return report
    }

    // MARK: - Per record type

    private func mergeInspector() throws {
        let incoming = bundle.inspector
        if var existing = try Inspector.fetchOne(db, key: incoming.id) {
            guard existing.name != incoming.name || existing.district != incoming.district else { return }
            existing.name = incoming.name
            existing.district = incoming.district
            change.stampChanged(&existing, from: existing)
            try existing.update(db)
        } else {
            var inspector = incoming
            change.stampNew(&inspector)
            try inspector.insert(db)
        }
    }

    private func mergeEnterprise(_ incoming: Enterprise, base: Int?) throws {
        let type = Enterprise.recordType
        if let target = try alias(of: incoming.id) {
            try conflictWithCurrent(Enterprise.fetchOne(db, key: target)!, incoming, kind: "sameCreditCode")
            return
        }
        guard let existing = try Enterprise.fetchOne(db, key: incoming.id) else {
            if try buried(incoming.id, revision: incoming.revision) { return count(type, \.older) }
            if let other = try Enterprise.filter(Enterprise.Columns.creditCode == incoming.creditCode).fetchOne(db) {
                try addAlias(incoming.id, to: other.id)
                try conflictWithCurrent(other, incoming, kind: "sameCreditCode")
                return
            }
            return try insertEnterprise(incoming)
        }
        var normalized = incoming
        normalized.lastVisitDate = existing.lastVisitDate
        normalized.lastRiskLevel = existing.lastRiskLevel
        normalized.openRecommendationCount = existing.openRecommendationCount
        normalized.changeSeq = existing.changeSeq
        switch try decide(existing: existing, incoming: normalized, base: base) {
        case .unchanged: count(type, \.unchanged)
        case .older: count(type, \.older)
        case .conflict: try conflictWithCurrent(existing, incoming, kind: "concurrentEdit")
        case .update:
            normalized.changeSeq = change.changeSeq
            try normalized.update(db)
            try EnterpriseSearchIndex.write(normalized, db)
            try setOrigin(normalized.id, type: type, revision: normalized.revision)
            count(type, \.updated)
        }
    }

    /// A snapshot only fills a gap: it never updates what HQ holds.
    private func mergeReferencedEnterprise(_ snapshot: Enterprise) throws {
        if try alias(of: snapshot.id) != nil || Enterprise.exists(db, key: snapshot.id) {
            return count(Enterprise.recordType, \.unchanged)
        }
        if let other = try Enterprise.filter(Enterprise.Columns.creditCode == snapshot.creditCode).fetchOne(db) {
            try addAlias(snapshot.id, to: other.id)
            return try conflictWithCurrent(other, snapshot, kind: "sameCreditCode")
        }
        try insertEnterprise(snapshot)
    }

    private func insertEnterprise(_ incoming: Enterprise) throws {
        var e = incoming
        e.lastVisitDate = nil
        e.lastRiskLevel = nil
        e.openRecommendationCount = 0
        e.changeSeq = change.changeSeq
        try insert(e, id: e.id, type: Enterprise.recordType)
        try EnterpriseSearchIndex.write(e, db)
        try setOrigin(e.id, type: Enterprise.recordType, revision: e.revision)
        touchedEnterprises.insert(e.id)
        count(Enterprise.recordType, \.inserted)
    }

    private func mergeVisit(_ incoming: SiteVisit) throws {
        var visit = incoming
        visit.enterpriseId = try knownEnterprise(visit.enterpriseId, for: SiteVisit.recordType, id: visit.id)
        if let creator = visit.createdBy, try !Inspector.exists(db, key: creator) { visit.createdBy = nil }
        guard try ChecklistTemplate.exists(db, key: ["id": visit.templateId, "version": visit.templateVersion]) else {
            throw SyncError.badFile(bundle.fileName, .unknownTemplate(id: visit.templateId, version: visit.templateVersion))
        }
        touchedEnterprises.insert(visit.enterpriseId)
        try mergeOwned(visit, originId: visit.id)
    }

    private func mergeAnswer(_ answer: Answer) throws {
        guard try SiteVisit.exists(db, key: answer.visitId) else {
            throw SyncError.badFile(bundle.fileName, .unknownVisit(recordType: Answer.recordType, recordId: answer.id,
                                                                  visitId: answer.visitId))
        }
        if let other = try Answer.filter(Answer.Columns.visitId == answer.visitId && Answer.Columns.itemCode == answer.itemCode)
            .fetchOne(db), other.id != answer.id {
            return try conflictWithCurrent(other, answer, kind: "sameItem")
        }
        try mergeOwned(answer, originId: answer.visitId)
    }

    private func mergeRecommendation(_ incoming: Recommendation) throws {
        var recommendation = incoming
        recommendation.enterpriseId = try knownEnterprise(recommendation.enterpriseId, for: Recommendation.recordType,
                                                          id: recommendation.id)
        for visitId in [recommendation.visitId] + [recommendation.followUpVisitId].compactMap({ $0 }) {
            guard try SiteVisit.exists(db, key: visitId) else {
                throw SyncError.badFile(bundle.fileName, .unknownVisit(recordType: Recommendation.recordType,
                                                                      recordId: recommendation.id, visitId: visitId))
            }
        }
        touchedEnterprises.insert(recommendation.enterpriseId)
        try mergeOwned(recommendation, originId: recommendation.visitId)
    }

    /// Audit events never change once written: new ones are added, known ones are left alone.
    private func mergeAuditEvent(_ event: AuditEvent) throws {
        if try AuditEvent.exists(db, key: event.id) { return count(AuditEvent.recordType, \.unchanged) }
        var stored = event
        stored.changeSeq = change.changeSeq
        try insert(stored, id: stored.id, type: AuditEvent.recordType)
        count(AuditEvent.recordType, \.inserted)
    }

    private func mergeTombstone(_ stone: Tombstone) throws {
        let type = Tombstone.recordType
        if let known = try Tombstone.fetchOne(db, key: stone.id), known.revision >= stone.revision {
            return count(type, \.unchanged)
        }
        guard let current = try currentRow(of: stone) else {
            var stored = stone
            stored.changeSeq = change.changeSeq
            try stored.save(db)
            return count(type, \.inserted)
        }
        let (revision, json, enterpriseId) = current
        let owner = try originDevice(stone.recordType == Enterprise.recordType ? stone.id : ownerVisit(of: stone) ?? stone.id)
        let visits = stone.recordType == Enterprise.recordType
            ? try SiteVisit.filter(SiteVisit.Columns.enterpriseId == stone.id).fetchCount(db) : 0
        guard owner == bundle.deviceId, stone.revision > revision, visits == 0 else {
            if stone.revision <= revision, owner == bundle.deviceId { return count(type, \.older) }
            return try recordConflict(type: stone.recordType, id: stone.id, kind: "deletion", currentDevice: owner,
                                      currentRevision: revision, currentJSON: json, incoming: stone, incomingRevision: stone.revision)
        }
        if stone.recordType == Enterprise.recordType { try EnterpriseSearchIndex.remove(enterpriseId: stone.id, db) }
        try db.execute(sql: "DELETE FROM \(stone.recordType) WHERE id = ?", arguments: [stone.id])
        if let enterpriseId { touchedEnterprises.insert(enterpriseId) }
        var stored = stone
        stored.changeSeq = change.changeSeq
        try stored.save(db)
        count(type, \.deleted)
    }

    // MARK: - The rule

    private enum Decision { case unchanged, older, update, conflict }

    private func decide<R: SyncedRecord>(existing: R, incoming: R, base: Int?) throws -> Decision {
        if existing == incoming { return .unchanged }
        let origin = try originDevice(existing.id)
        if origin == bundle.deviceId {
            if incoming.revision > existing.revision { return .update }
            return incoming.revision < existing.revision ? .older : .conflict
        }
        if let base, base >= existing.revision, incoming.revision > existing.revision { return .update }
        return .conflict
    }

    /// Visits and their answers and recommendations: the visit's device owns them all.
    private func mergeOwned<R: SyncedRecord>(_ incoming: R, originId: String) throws {
        let type = R.recordType
        guard let existing = try R.fetchOne(db, key: incoming.id) else {
            if try buried(incoming.id, revision: incoming.revision) { return count(type, \.older) }
            var stored = incoming
            stored.changeSeq = change.changeSeq
            try insert(stored, id: stored.id, type: type)
            if R.self == SiteVisit.self { try setOrigin(stored.id, type: type, revision: stored.revision) }
            return count(type, \.inserted)
        }
        var normalized = incoming
        normalized.changeSeq = existing.changeSeq
        let origin = try originDevice(originId)
        let decision: Decision
        if normalized == existing { decision = .unchanged }
        else if origin == bundle.deviceId {
            decision = incoming.revision > existing.revision ? .update : incoming.revision < existing.revision ? .older : .conflict
        } else { decision = .conflict }
        switch decision {
        case .unchanged: count(type, \.unchanged)
        case .older: count(type, \.older)
        case .conflict: try conflictWithCurrent(existing, incoming, kind: "concurrentEdit")
        case .update:
            normalized.changeSeq = change.changeSeq
            try normalized.update(db)
            if R.self == SiteVisit.self { try setOrigin(normalized.id, type: type, revision: normalized.revision) }
            count(type, \.updated)
        }
    }

    // MARK: - Helpers

    private func count(_ type: String, _ keyPath: WritableKeyPath<MergeReport.Counts, Int>) {
        report.counts[type, default: MergeReport.Counts()][keyPath: keyPath] += 1
    }

    private func insert<R: PersistableRecord>(_ record: R, id: String, type: String) throws {
        do { try record.insert(db) } catch let error as DatabaseError {
            throw SyncError.badFile(bundle.fileName, .rejectedRecord(recordType: type, recordId: id,
                                                                    reason: error.message ?? "\(error.resultCode)"))
        }
    }

    private func buried(_ id: String, revision: Int) throws -> Bool {
        guard let stone = try Tombstone.fetchOne(db, key: id) else { return false }
        return stone.revision > revision
    }

    private func originDevice(_ recordId: String) throws -> String {
        try String.fetchOne(db, sql: "SELECT deviceId FROM hqRecordOrigin WHERE recordId = ?", arguments: [recordId]) ?? "hq"
    }

    private func setOrigin(_ id: String, type: String, revision: Int) throws {
        try db.execute(sql: """
            INSERT INTO hqRecordOrigin (recordId, recordType, deviceId, revision) VALUES (?, ?, ?, ?)
            ON CONFLICT(recordId) DO UPDATE SET deviceId = excluded.deviceId, revision = excluded.revision
            """, arguments: [id, type, bundle.deviceId, revision])
    }

    private func alias(of id: String) throws -> String? {
        if let known = aliases[id] { return known }
        return try String.fetchOne(db, sql: "SELECT enterpriseId FROM hqEnterpriseAlias WHERE aliasId = ?", arguments: [id])
    }

    private func addAlias(_ id: String, to target: String) throws {
        aliases[id] = target
        try db.execute(sql: "INSERT OR IGNORE INTO hqEnterpriseAlias (aliasId, enterpriseId) VALUES (?, ?)",
                       arguments: [id, target])
    }

    /// The HQ id of an enterprise a record refers to; refuses one nobody knows.
    private func knownEnterprise(_ id: String, for type: String, id recordId: String) throws -> String {
        if let target = try alias(of: id) { return target }
        guard try Enterprise.exists(db, key: id) else {
            throw SyncError.badFile(bundle.fileName, .unknownEnterprise(recordType: type, recordId: recordId, enterpriseId: id))
        }
        return id
    }

    private func conflictWithCurrent<R: SyncedRecord>(_ current: R, _ incoming: R, kind: String) throws {
        var comparable = incoming
        comparable.id = current.id
        comparable.changeSeq = current.changeSeq
        if let e = comparable as? Enterprise, let c = current as? Enterprise {
            var same = e
            same.lastVisitDate = c.lastVisitDate
            same.lastRiskLevel = c.lastRiskLevel
            same.openRecommendationCount = c.openRecommendationCount
            same.revision = c.revision
            same.updatedAt = c.updatedAt
            if same == c { return count(R.recordType, \.unchanged) }
        }
        let currentOrigin = try originDevice(current.id)
        try recordConflict(type: R.recordType, id: incoming.id, kind: kind, currentDevice: currentOrigin,
                           currentRevision: current.revision, currentJSON: json(current), incoming: incoming,
                           incomingRevision: incoming.revision)
    }

    private func recordConflict<I: Encodable>(type: String, id: String, kind: String, currentDevice: String,
                                              currentRevision: Int, currentJSON: String, incoming: I,
                                              incomingRevision: Int) throws {
        try db.execute(sql: """
            INSERT OR IGNORE INTO hqConflict (id, recordType, recordId, kind, currentDeviceId, currentRevision, currentJSON,
              incomingDeviceId, incomingRevision, incomingJSON, bundleId, detectedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [RecordID.make(), type, id, kind, currentDevice, currentRevision, currentJSON,
                             bundle.deviceId, incomingRevision, try json(incoming), bundle.bundleId, change.now])
        count(type, db.changesCount > 0 ? \.conflicts : \.unchanged)
    }

    private func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The revision, JSON and enterprise of the record a tombstone buries, if HQ holds it.
    private func currentRow(of stone: Tombstone) throws -> (Int, String, String?)? {
        switch stone.recordType {
        case Enterprise.recordType: return try Enterprise.fetchOne(db, key: stone.id).map { ($0.revision, try json($0), $0.id) }
        case SiteVisit.recordType: return try SiteVisit.fetchOne(db, key: stone.id).map { ($0.revision, try json($0), $0.enterpriseId) }
        case Answer.recordType: return try Answer.fetchOne(db, key: stone.id).map { ($0.revision, try json($0), nil) }
        case Recommendation.recordType:
            return try Recommendation.fetchOne(db, key: stone.id).map { ($0.revision, try json($0), $0.enterpriseId) }
        default:
            throw SyncError.badFile(bundle.fileName, .rejectedRecord(recordType: Tombstone.recordType, recordId: stone.id,
                                                                    reason: "unknown record type \(stone.recordType)"))
        }
    }

    private func ownerVisit(of stone: Tombstone) throws -> String? {
        switch stone.recordType {
        case Answer.recordType: try String.fetchOne(db, sql: "SELECT visitId FROM answer WHERE id = ?", arguments: [stone.id])
        case Recommendation.recordType:
            try String.fetchOne(db, sql: "SELECT visitId FROM recommendation WHERE id = ?", arguments: [stone.id])
        default: stone.id
        }
    }

    private func recordBundle() throws {
        let summary = String(decoding: try encoder.encode(report.counts), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO hqBundle (id, deviceId, devicePublicKey, sequence, previousBundleId, inspector, createdAt,
              importedAt, fileName, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [bundle.bundleId, bundle.deviceId, bundle.devicePublicKey, bundle.sequence,
                             bundle.previousBundleId, bundle.inspector.name, bundle.createdAt, change.now,
                             bundle.fileName, summary])
        let seen = Set(try Int.fetchAll(db, sql: "SELECT sequence FROM hqBundle WHERE deviceId = ?", arguments: [bundle.deviceId]))
        report.missingSequences = (1...(seen.max() ?? 1)).filter { !seen.contains($0) }
    }

    private func checkForeignKeys() throws {
        guard let row = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") else { return }
        let table: String = row[0]
        let rowid: Int64 = row[1]
        let id = try String.fetchOne(db, sql: "SELECT id FROM \(table) WHERE rowid = ?", arguments: [rowid]) ?? "?"
        throw SyncError.badFile(bundle.fileName, .rejectedRecord(recordType: table, recordId: id,
                                                                reason: "refers to \(row[2] as String) that does not exist"))
    }
}
