import FieldbookBundle
import FieldbookCore
import Foundation
import GRDB

/// Makes the incoming version of a conflict the one HQ holds, inside the caller's transaction.
/// The version is taken exactly as the bundle brought it (revision included), and its device
/// becomes the record's origin, so that device's next edit fast-forwards while the device whose
/// version was set aside gets a conflict again rather than silently winning.
struct HQConflictResolver {
    let db: Database
    let change: ChangeContext
    let conflict: HQConflict

    func applyIncoming() throws {
        try applyVersion()
        guard conflict.kind == "concurrentEdit" || conflict.kind == "deletion" else { return }
        // The record's other open conflicts keep showing the version HQ holds as their current side.
        try db.execute(sql: """
            UPDATE hqConflict SET currentDeviceId = ?, currentRevision = ?, currentJSON = ?
            WHERE recordId = ? AND resolution IS NULL AND id <> ? AND kind IN ('concurrentEdit', 'deletion')
            """, arguments: [conflict.incomingDeviceId, conflict.incomingRevision, conflict.incomingJSON,
                             conflict.recordId, conflict.id])
    }

    private func applyVersion() throws {
        let incoming = Data(conflict.incomingJSON.utf8)
        let decoder = JSONDecoder()
        if conflict.kind == "deletion" { return try applyDeletion(decoder.decode(Tombstone.self, from: incoming)) }
        switch conflict.recordType {
        case Enterprise.recordType:
            try replaceEnterprise(decoder.decode(Enterprise.self, from: incoming))
        case SiteVisit.recordType:
            let visit = try decoder.decode(SiteVisit.self, from: incoming)
            try save(visit)
            try setOrigin(visit.id, revision: visit.revision)
            try EnterpriseSummary.refresh(enterpriseId: visit.enterpriseId, db)
        case Recommendation.recordType:
            let recommendation = try decoder.decode(Recommendation.self, from: incoming)
            try save(recommendation)
            try EnterpriseSummary.refresh(enterpriseId: recommendation.enterpriseId, db)
        case Answer.recordType:
            // `sameItem`: another answer to the same item holds the place; it gives way.
            if conflict.kind == "sameItem" { try db.execute(sql: "DELETE FROM answer WHERE id = ?", arguments: [try currentId()]) }
            try save(decoder.decode(Answer.self, from: incoming))
        case VisitParticipant.recordType:
            try save(decoder.decode(VisitParticipant.self, from: incoming))
        case Project.recordType:
            let project = try decoder.decode(Project.self, from: incoming)
            try save(project)
            try setOrigin(project.id, revision: project.revision)
        default:
            throw SyncError.cannotResolve(conflict.id, zh: "未知记录类型 \(conflict.recordType)", en: "unknown record type \(conflict.recordType)")
        }
    }

    /// The id of the record HQ holds (for `sameCreditCode` and `sameItem` it differs from the
    /// incoming record's id).
    func currentId() throws -> String {
        struct Identified: Decodable { var id: String }
        return try JSONDecoder().decode(Identified.self, from: Data(conflict.currentJSON.utf8)).id
    }

    private func save<R: SyncedRecord>(_ record: R) throws {
        var stored = record
        stored.changeSeq = change.changeSeq
        try stored.save(db)
    }

    /// The incoming fields on HQ's enterprise (HQ's id and derived summary stay). For a field
    /// enterprise filed under HQ's by credit code, HQ's record takes its next revision.
    private func replaceEnterprise(_ incoming: Enterprise) throws {
        guard let live = try Enterprise.fetchOne(db, key: try currentId()) else {
            throw SyncError.cannotResolve(conflict.id, zh: "总部已无该企业", en: "headquarters no longer holds the enterprise")
        }
        var updated = incoming
        updated.id = live.id
        updated.keepSummary(of: live)
        updated.changeSeq = change.changeSeq
        if incoming.id != live.id {
            updated.revision = live.revision + 1
            updated.updatedAt = change.now
        }
        try updated.update(db)
        try EnterpriseSearchIndex.write(updated, db)
        try setOrigin(updated.id, revision: updated.revision)
    }

    private func applyDeletion(_ stone: Tombstone) throws {
        var enterpriseId: String?
        switch stone.recordType {
        case Enterprise.recordType:
            guard try SiteVisit.filter(SiteVisit.Columns.enterpriseId == stone.id).fetchCount(db) == 0,
                  try VisitParticipant.filter(VisitParticipant.Columns.enterpriseId == stone.id).fetchCount(db) == 0 else {
                throw SyncError.cannotResolve(conflict.id, zh: "该企业在总部仍有走访记录", en: "the enterprise still has visits at headquarters")
            }
            try EnterpriseSearchIndex.remove(enterpriseId: stone.id, db)
        case SiteVisit.recordType, Recommendation.recordType:
            enterpriseId = try String.fetchOne(db, sql: "SELECT enterpriseId FROM \(stone.recordType) WHERE id = ?",
                                               arguments: [stone.id])
        case Answer.recordType, VisitParticipant.recordType:
            break
        case Project.recordType:
            guard try SiteVisit.filter(sql: "projectId = ?", arguments: [stone.id]).fetchCount(db) == 0 else {
                throw SyncError.cannotResolve(conflict.id, zh: "该项目在总部仍有走访记录", en: "the project still has visits at headquarters")
            }
        default:
            throw SyncError.cannotResolve(conflict.id, zh: "未知记录类型 \(stone.recordType)", en: "unknown record type \(stone.recordType)")
        }
        try db.execute(sql: "DELETE FROM \(stone.recordType) WHERE id = ?", arguments: [stone.id])
        if let enterpriseId { try EnterpriseSummary.refresh(enterpriseId: enterpriseId, db) }
        try save(stone)
        // The deleting device wrote the version HQ now holds: its next word on the record is its history.
        if [Enterprise.recordType, SiteVisit.recordType, Project.recordType].contains(stone.recordType) {
            try setOrigin(stone.id, revision: stone.revision)
        }
    }

    private func setOrigin(_ id: String, revision: Int) throws {
        try db.execute(sql: """
            INSERT INTO hqRecordOrigin (recordId, recordType, deviceId, revision) VALUES (?, ?, ?, ?)
            ON CONFLICT(recordId) DO UPDATE SET deviceId = excluded.deviceId, revision = excluded.revision
            """, arguments: [id, conflict.recordType, conflict.incomingDeviceId, revision])
    }
}
