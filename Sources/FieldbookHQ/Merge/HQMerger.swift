import FieldbookBundle
import FieldbookCore
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
///
/// The fast path (docs/performance.md): a visit HQ does not hold yet cannot have answers or
/// recommendations at HQ either (they belong to it), so its children are inserted as they came,
/// through one prepared statement per table, without a lookup each; what HQ holds of the bundle's
/// ids (visits, audit events, tombstones) is read once per bundle, and references (enterprises,
/// templates, inspectors) are checked once per distinct value.
final class HQMerger {
    let db: Database
    let change: ChangeContext
    let bundle: IncomingBundle
    private var report: MergeReport
    var touchedEnterprises = Set<String>()
    var aliases: [String: String] = [:]
    /// Ids of the current batch that HQ has no alias for (read with the batch: `readAliases`).
    var unaliased = Set<String>()
    /// HQ's enterprises among the current batch's ids when the batch began: id → revision.
    var heldEnterprises: [String: Int] = [:]
    /// Incoming enterprise id → the HQ enterprise it is filed under.
    var resolvedEnterprises: [String: String] = [:]
    var knownTemplates = Set<String>()
    var knownInspectors: [String: Bool] = [:]
    /// HQ's tombstones for ids in the bundle: id → revision.
    var tombstoneRevisions: [String: Int] = [:]
    /// Visits inserted by this merge (their answers and recommendations cannot be at HQ yet).
    private var insertedVisits = Set<String>()
    /// One prepared INSERT per table the fast path writes.
    var insertStatements: [RecordLayout: Statement] = [:]
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

    /// The merge checks every reference itself before it writes (a record's visit, enterprise,
    /// template, inspector), and writes parents before children, so no write leaves a reference
    /// dangling even for a moment. SQLite's foreign keys are the last resort: a write that would
    /// leave one fails, and the bundle is refused whole as "a record refers to one that does not
    /// exist" (`HQDatabase.mergeBundle`). They are not deferred to the commit: `PRAGMA
    /// defer_foreign_keys` expires every prepared statement of the connection, and preparing the
    /// merge's statements again for each bundle was an eighth of an import (docs/performance.md).
    func merge() throws -> MergeReport {
        try mergeInspector()
        // Each file in batches (a full export holds millions of lines: never all at once); what
        // HQ holds of a batch's ids is read once per batch.
        let size = Self.batchSize
        try bundle.forEachBatch(.enterprises, size: size) { lines in
            tombstoneRevisions = try revisions(in: Tombstone.databaseTableName, of: lines)
            heldEnterprises = try revisions(in: Enterprise.databaseTableName, of: lines)
            try readAliases(of: lines)
            for incoming in lines {
                try mergeEnterprise(incoming.record(Enterprise.self), base: incoming.integer("baseRevision"))
            }
        }
        try bundle.forEachBatch(.referencedEnterprises, size: size) { lines in
            heldEnterprises = try revisions(in: Enterprise.databaseTableName, of: lines)
            try readAliases(of: lines)
            for snapshot in lines { try mergeReferencedEnterprise(snapshot.record(Enterprise.self)) }
        }
        try bundle.forEachBatch(.projects, size: size) { lines in
            tombstoneRevisions = try revisions(in: Tombstone.databaseTableName, of: lines)
            for project in lines { try mergeProject(project) }
        }
        try bundle.forEachBatch(.visits, size: size) { lines in
            try AuthorCheck.checkVisits(lines, of: bundle)
            tombstoneRevisions = try revisions(in: Tombstone.databaseTableName, of: lines)
            let held = try revisions(in: SiteVisit.databaseTableName, of: lines)
            for visit in lines { try mergeVisit(visit, held: held[visit.text("id") ?? ""] != nil) }
        }
        try bundle.forEachBatch(.participants, size: size) { lines in
            tombstoneRevisions = try revisions(in: Tombstone.databaseTableName, of: lines)
            for participant in lines { try mergeParticipant(participant) }
        }
        try bundle.forEachBatch(.answers, size: size) { lines in
            tombstoneRevisions = try revisions(in: Tombstone.databaseTableName, of: lines)
            for answer in lines { try mergeAnswer(answer) }
        }
        try bundle.forEachBatch(.recommendations, size: size) { lines in
            tombstoneRevisions = try revisions(in: Tombstone.databaseTableName, of: lines)
            for recommendation in lines { try mergeRecommendation(recommendation) }
        }
        try bundle.forEachBatch(.auditEvents, size: size) { lines in
            try AuthorCheck.checkEvents(lines, of: bundle)
            var held = try revisions(in: AuditEvent.databaseTableName, of: lines)
            for event in lines { try mergeAuditEvent(event, held: &held) }
        }
        try bundle.forEachBatch(.attachments, size: size) { lines in
            tombstoneRevisions = try revisions(in: Tombstone.databaseTableName, of: lines)
            for attachment in lines { try mergeAttachment(attachment) }
        }
        try recordAttachmentFiles()
        try bundle.forEachBatch(.tombstones, size: size) { lines in
            try AuthorCheck.checkTombstones(lines, of: bundle)
            for stone in lines { try mergeTombstone(stone.record(Tombstone.self)) }
        }
        for id in touchedEnterprises { try EnterpriseSummary.refresh(enterpriseId: id, db) }
        try recordBundle()
        return report
    }

    /// Records merged per batch: large enough that a batch's one lookup query pays, small enough
    /// that a batch of the largest records stays a few megabytes.
    static let batchSize = 2_000

    // MARK: - Per record type

    private func mergeInspector() throws {
        let incoming = bundle.inspector
        if var existing = try Inspector.fetchOne(db.cachedStatement(sql: "SELECT * FROM inspector WHERE id = ?"),
                                                 arguments: [incoming.id]) {
            guard existing.name != incoming.name || existing.district != incoming.district else { return }
            // The name and district of the device's newest bundle, whatever the import order.
            let newest = try Int.fetchOne(db, sql: "SELECT MAX(sequence) FROM hqBundle WHERE deviceId = ?",
                                          arguments: [bundle.deviceId]) ?? 0
            guard bundle.sequence > newest else { return }
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
        if let target = try alias(of: incoming.id) {
            try conflictWithCurrent(fetchHeld(Enterprise.self, target)!, incoming, kind: "sameCreditCode")
            return
        }
        if mayHoldEnterprise(incoming.id), let existing = try fetchHeld(Enterprise.self, incoming.id) {
            return try mergeVersion(incoming, held: .live(existing), ownerId: incoming.id, base: base)
        }
        if tombstoneRevisions[incoming.id] != nil, let stone = try fetchHeld(Tombstone.self, incoming.id) {
            return try mergeVersion(incoming, held: .deleted(stone), ownerId: incoming.id, base: base)
        }
        if let other = try enterprise(creditCode: incoming.creditCode) {
            try addAlias(incoming.id, to: other.id)
            try conflictWithCurrent(other, incoming, kind: "sameCreditCode")
            return
        }
        try insertEnterprise(incoming)
    }

    /// A snapshot only fills a gap: it never updates what HQ holds.
    private func mergeReferencedEnterprise(_ snapshot: Enterprise) throws {
        if try alias(of: snapshot.id) != nil || mayHoldEnterprise(snapshot.id) && enterpriseExists(snapshot.id) {
            return count(Enterprise.recordType, \.unchanged)
        }
        if let other = try enterprise(creditCode: snapshot.creditCode) {
            try addAlias(snapshot.id, to: other.id)
            return try conflictWithCurrent(other, snapshot, kind: "sameCreditCode")
        }
        try insertEnterprise(snapshot)
    }

    private func insertEnterprise(_ incoming: Enterprise) throws {
        var e = incoming
        e.clearSummary()
        e.changeSeq = change.changeSeq
        try insert(e, id: e.id, type: Enterprise.recordType)
        try EnterpriseSearchIndex.write(e, db)
        try setOrigin(e.id, type: Enterprise.recordType, device: bundle.deviceId, revision: e.revision)
        touchedEnterprises.insert(e.id)
        count(Enterprise.recordType, \.inserted)
    }

    private func mergeVisit(_ incoming: LineValues, held: Bool) throws {
        var line = incoming
        let id = line.text("id") ?? ""
        let enterpriseId = try knownEnterprise(line.text("enterpriseId") ?? "", for: SiteVisit.recordType, id: id)
        line["enterpriseId"] = enterpriseId.databaseValue
        if let creator = line.text("createdBy"), try !inspectorExists(creator) { line["createdBy"] = .null }
        try checkTemplate(id: line.text("templateId") ?? "", version: line.integer("templateVersion") ?? 0)
        try checkProject(of: line)
        touchedEnterprises.insert(enterpriseId)
        if !held, !insertedVisits.contains(id), try insertNew(line, id: id, origin: true) { return }
        let visit = try line.record(SiteVisit.self)
        try requireOwnership(visit, ownerVisit: id)
        try mergeOwned(visit, originId: id)
    }

    private func mergeAnswer(_ line: LineValues) throws {
        let id = line.text("id") ?? "", visitId = line.text("visitId") ?? ""
        if isNewVisit(visitId), try insertNew(line, id: id) { return }
        guard try visitExists(visitId) else {
            // Its visit was deleted, and it with it (a bundle HQ took before this older one).
            if try buried(id, revision: line.integer("revision") ?? 0) { return count(Answer.recordType, \.older) }
            throw SyncError.badFile(bundle.fileName, .unknownVisit(recordType: Answer.recordType, recordId: id, visitId: visitId))
        }
        let answer = try line.record(Answer.self)
        try requireOwnership(answer, ownerVisit: visitId)
        if let other = try answerFor(visitId: visitId, itemCode: answer.itemCode), other.id != answer.id {
            return try conflictWithCurrent(other, answer, kind: "sameItem")
        }
        try mergeOwned(answer, originId: visitId)
    }

    private func mergeRecommendation(_ incoming: LineValues) throws {
        var line = incoming
        let id = line.text("id") ?? "", visitId = line.text("visitId") ?? ""
        let enterpriseId = try knownEnterprise(line.text("enterpriseId") ?? "", for: Recommendation.recordType, id: id)
        line["enterpriseId"] = enterpriseId.databaseValue
        if !isNewVisit(visitId), try !visitExists(visitId), try buried(id, revision: line.integer("revision") ?? 0) {
            // Its visit was deleted, and it with it (a bundle HQ took before this older one).
            return count(Recommendation.recordType, \.older)
        }
        for referenced in [visitId] + [line.text("followUpVisitId")].compactMap({ $0 }) {
            guard try isNewVisit(referenced) || visitExists(referenced) else {
                throw SyncError.badFile(bundle.fileName, .unknownVisit(recordType: Recommendation.recordType,
                                                                      recordId: id, visitId: referenced))
            }
        }
        try checkDeadline(line, id: id, visitId: visitId)
        touchedEnterprises.insert(enterpriseId)
        if isNewVisit(visitId), try insertNew(line, id: id) { return }
        let recommendation = try line.record(Recommendation.self)
        if !isNewVisit(visitId) { try requireOwnership(recommendation, ownerVisit: visitId) }
        try mergeOwned(recommendation, originId: visitId)
    }

    /// A deadline before the visit's date is refused, as the laptop refuses it: the visit as HQ
    /// holds it once the bundle's visits are merged (they all are before any recommendation, so
    /// a visit in this bundle is read as the bundle has it, without keeping every visit's date).
    private func checkDeadline(_ line: LineValues, id: String, visitId: String) throws {
        guard let deadline = line.text("deadline") else { return }
        let visitDate = try String.fetchOne(db.cachedStatement(sql: "SELECT date FROM siteVisit WHERE id = ?"),
                                            arguments: [visitId])
        if let visitDate, deadline < visitDate {
            throw SyncError.badFile(bundle.fileName, .deadlineBeforeVisit(recordId: id, deadline: deadline,
                                                                         visitDate: visitDate))
        }
    }

    /// A visit this merge inserted: nothing of it existed at HQ before.
    func isNewVisit(_ id: String) -> Bool { insertedVisits.contains(id) }

    /// Inserts a record HQ does not hold, unless HQ's tombstone says it was deleted later. False
    /// when HQ holds it after all (the bundle carried it twice): the caller merges it then.
    func insertNew(_ incoming: LineValues, id: String, origin: Bool = false) throws -> Bool {
        let type = incoming.layout.table
        let revision = incoming.integer("revision") ?? 0
        if let buried = tombstoneRevisions[id], buried > revision {
            count(type, \.older)
            return true
        }
        var line = incoming
        line["changeSeq"] = change.changeSeq.databaseValue
        guard try insertLine(line, id: id, type: type) else { return false }
        if origin {
            try setOrigin(id, type: type, device: bundle.deviceId, revision: revision)
            insertedVisits.insert(id)
        }
        count(type, \.inserted)
        return true
    }

    /// Audit events never change once written: new ones are added, known ones are left alone.
    private func mergeAuditEvent(_ incoming: LineValues, held: inout [String: Int]) throws {
        let id = incoming.text("id") ?? ""
        let type = incoming.layout.table
        guard held[id] == nil else { return count(type, \.unchanged) }
        var line = incoming
        line["changeSeq"] = change.changeSeq.databaseValue
        _ = try insertLine(line, id: id, type: type)
        held[id] = line.integer("revision") ?? 1
        count(type, \.inserted)
    }

    // MARK: - The rule

    /// Only the device a visit came from may create or change the visit, its answers and its
    /// recommendations (docs/hq.md, "Who owns a record"): from any other device the bundle is
    /// refused whole. A copy identical to what HQ holds changes nothing and passes.
    func requireOwnership<R: SyncedRecord>(_ incoming: R, ownerVisit: String) throws {
        let owner = try originDevice(ownerVisit)
        guard owner != bundle.deviceId else { return }
        if var held = try fetchHeld(R.self, incoming.id) {
            held.changeSeq = incoming.changeSeq
            if held == incoming { return }
        }
        throw SyncError.badFile(bundle.fileName, .notOwner(recordType: R.recordType, recordId: incoming.id,
                                                          owner: owner, signer: bundle.deviceId))
    }

    /// Visits and their answers and recommendations: the visit's device owns them all.
    func mergeOwned<R: SyncedRecord>(_ incoming: R, originId: String) throws {
        // Visits carry no base revision: a laptop never receives them from HQ.
        if let existing = try fetchHeld(R.self, incoming.id) {
            return try mergeVersion(incoming, held: .live(existing), ownerId: originId, base: nil)
        }
        if let stone = try fetchHeld(Tombstone.self, incoming.id) {
            return try mergeVersion(incoming, held: .deleted(stone), ownerId: originId, base: nil)
        }
        var stored = incoming
        stored.changeSeq = change.changeSeq
        try insert(stored, id: stored.id, type: R.recordType)
        if R.self == SiteVisit.self { try setOrigin(stored.id, type: R.recordType, device: bundle.deviceId, revision: stored.revision) }
        count(R.recordType, \.inserted)
    }

    // MARK: - Helpers

    /// HQ's version is voided and the incoming one is not.
    static func undoesVoid<R: SyncedRecord>(_ existing: R, _ incoming: R) -> Bool {
        switch (existing, incoming) {
        case let (held as SiteVisit, new as SiteVisit): held.isVoided && !new.isVoided
        case let (held as Recommendation, new as Recommendation): held.isVoided && !new.isVoided
        default: false
        }
    }

    func count(_ type: String, _ keyPath: WritableKeyPath<MergeReport.Counts, Int>) {
        report.counts[type, default: MergeReport.Counts()][keyPath: keyPath] += 1
    }

    func insert<R: PersistableRecord>(_ record: R, id: String, type: String) throws {
        do { try record.insert(db) } catch let error as DatabaseError where Self.isRecordsFault(error) {
            throw SyncError.badFile(bundle.fileName, .rejectedRecord(recordType: type, recordId: id,
                                                                    reason: error.message ?? "\(error.resultCode)"))
        }
    }

    /// A write refused because of the record itself (a constraint), named with the record. A
    /// dangling reference and a storage failure are left to `HQDatabase.mergeBundle`, which names
    /// them for the whole bundle.
    static func isRecordsFault(_ error: DatabaseError) -> Bool {
        StorageProblem(error) == nil && error.extendedResultCode != .SQLITE_CONSTRAINT_FOREIGNKEY
    }

    func conflictWithCurrent<R: SyncedRecord>(_ current: R, _ incoming: R, kind: String) throws {
        var comparable = incoming
        comparable.id = current.id
        comparable.changeSeq = current.changeSeq
        if let e = comparable as? Enterprise, let c = current as? Enterprise {
            var same = e
            same.keepSummary(of: c)
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

    func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    func ownerVisit(of stone: Tombstone) throws -> String? {
        switch stone.recordType {
        case Answer.recordType: try String.fetchOne(db, sql: "SELECT visitId FROM answer WHERE id = ?", arguments: [stone.id])
        case Recommendation.recordType:
            try String.fetchOne(db, sql: "SELECT visitId FROM recommendation WHERE id = ?", arguments: [stone.id])
        case Attachment.recordType:
            try String.fetchOne(db, sql: "SELECT visitId FROM attachment WHERE id = ?", arguments: [stone.id])
        case VisitParticipant.recordType:
            try String.fetchOne(db, sql: "SELECT visitId FROM visitParticipant WHERE id = ?", arguments: [stone.id])
        default: stone.id
        }
    }

    private func recordBundle() throws {
        let summary = String(decoding: try encoder.encode(report.counts), as: UTF8.self)
        try db.cachedStatement(sql: """
            INSERT INTO hqBundle (id, deviceId, devicePublicKey, sequence, previousBundleId, inspector, createdAt,
              importedAt, fileName, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [bundle.bundleId, bundle.deviceId, bundle.devicePublicKey, bundle.sequence,
                             bundle.previousBundleId, bundle.inspector.name, bundle.createdAt, change.now,
                             bundle.fileName, summary])
        let seen = Set(try Int.fetchAll(db.cachedStatement(sql: "SELECT sequence FROM hqBundle WHERE deviceId = ?"),
                                        arguments: [bundle.deviceId]))
        report.missingSequences = (1...(seen.max() ?? 1)).filter { !seen.contains($0) }
    }
}
