import FieldbookBundle
import FieldbookCore
import Foundation
import GRDB

/// What HQ holds of a record a bundle brings again: its live row, or the tombstone that deleted it.
enum HeldRecord<R: SyncedRecord> {
    case live(R)
    case deleted(Tombstone)
}

/// Applying `MergeRule.decide` to a record HQ holds (docs/hq.md, "Merge rule"). HQ's state is
/// kept equal to: the current version is the best-ranked latest version of each writer (a
/// version made on top of another replaces it), and each other writer's latest version, when it
/// holds other data, is kept in that writer's open conflict against the current one.
extension HQMerger {
    /// A live version of a record HQ holds (or deleted). `ownerId` is the id whose recorded origin
    /// says which device wrote HQ's version (the record itself, or the visit that owns it).
    func mergeVersion<R: SyncedRecord>(_ incoming: R, held: HeldRecord<R>, ownerId: String, base: Int?) throws {
        let type = R.recordType
        let device = bundle.deviceId
        let currentDevice = try originDevice(ownerId)
        let open = try openConflicts(of: incoming.id)
        let incomingVersion = try version(incoming, device: device)
        // This device's own latest version that HQ set aside: the new one must be newer than it.
        let mine = open.first { $0.incoming.device == device }
        if let mine {
            let decision = MergeRule.decide(existing: try mine.version(), incoming: incomingVersion, base: nil,
                                            sameContent: mine.incoming.json == incomingVersion.content)
            guard decision == .update || decision == .overtake else {
                return count(type, decision == .older ? \.older : \.unchanged)
            }
        }
        let current: ConflictSide, currentVersion: MergeVersion, same: Bool
        switch held {
        case let .live(record):
            currentVersion = try version(record, device: currentDevice)
            same = sameData(record, incoming)
            current = ConflictSide(device: currentDevice, revision: record.revision, json: currentVersion.content)
        case let .deleted(stone):
            currentVersion = try version(stone, device: currentDevice)
            same = false
            current = ConflictSide(device: currentDevice, revision: stone.revision, json: currentVersion.content)
        }
        let incomingSide = ConflictSide(device: device, revision: incoming.revision, json: incomingVersion.content)
        let decision = MergeRule.decide(existing: currentVersion, incoming: incomingVersion, base: base, sameContent: same)
        switch decision {
        case .unchanged, .older:
            // The device's latest version now holds HQ's data: its conflict is settled by itself.
            if let mine, decision == .unchanged { try dropConflict(mine.id) }
            count(type, decision == .older ? \.older : \.unchanged)
        case .conflict:
            try setAside(type: type, recordId: incoming.id, isDeletion: false, incoming: incomingSide, current: current,
                         replacing: mine)
            count(type, \.conflicts)
        case .update where Self.undoesLiveVoid(held, incoming), .overtake where Self.undoesLiveVoid(held, incoming):
            // A void is never undone by a later version that lacks it (a laptop restored from a
            // backup taken before the void): HQ keeps the void and records the conflict.
            guard case let .live(existing) = held else { return }
            try conflictWithCurrent(existing, incoming, kind: "voidUndone")
        case .update, .overtake:
            try store(incoming, replacing: held, device: device)
            if let mine { try dropConflict(mine.id) }
            var others = open.filter { $0.incoming.device != device }
            if decision == .overtake {
                let previous = others.first { $0.incoming.device == currentDevice }
                others.removeAll { $0.incoming.device == currentDevice }
                if case .deleted = held {
                    try setAside(type: type, recordId: incoming.id, isDeletion: true, incoming: current, current: incomingSide,
                                 replacing: previous)
                } else {
                    try setAside(type: type, recordId: incoming.id, isDeletion: false, incoming: current, current: incomingSide,
                                 replacing: previous)
                }
            }
            try repoint(others, to: incomingSide) { conflict in
                guard !conflict.isDeletion else { return false }
                return sameData(incoming, try JSONDecoder().decode(R.self, from: Data(conflict.incoming.json.utf8)))
            }
            count(type, decision == .overtake ? \.conflicts : \.updated)
        }
    }

    /// HQ holds a voided version and the incoming one is not voided (`undoesVoid`).
    static func undoesLiveVoid<R: SyncedRecord>(_ held: HeldRecord<R>, _ incoming: R) -> Bool {
        guard case let .live(existing) = held else { return false }
        return undoesVoid(existing, incoming)
    }

    /// Writes a version as the one HQ holds, written by `device`.
    func store<R: SyncedRecord>(_ record: R, replacing held: HeldRecord<R>, device: String) throws {
        var row = record
        row.changeSeq = change.changeSeq
        switch held {
        case let .live(existing):
            if var e = row as? Enterprise, let old = existing as? Enterprise {
                e.keepSummary(of: old)
                row = e as! R
            }
            try row.update(db)
        case .deleted:
            // A live version outranks a deletion from another device: the record is back, and the
            // tombstone is kept in the deleting device's conflict.
            try db.cachedStatement(sql: "DELETE FROM tombstone WHERE id = ?").execute(arguments: [row.id])
            tombstoneRevisions[row.id] = nil
            if var e = row as? Enterprise {
                e.clearSummary()
                row = e as! R
            }
            try insert(row, id: row.id, type: R.recordType)
        }
        if let e = row as? Enterprise {
            try EnterpriseSearchIndex.write(e, db)
            touchedEnterprises.insert(e.id)
        }
        if R.self == Enterprise.self || R.self == SiteVisit.self || R.self == Project.self {
            try setOrigin(row.id, type: R.recordType, device: device, revision: row.revision)
        }
    }

    /// A tombstone: the deleting device's version of a record.
    func mergeTombstone(_ stone: Tombstone) throws {
        let type = Tombstone.recordType
        let shared = stone.recordType == Enterprise.recordType || stone.recordType == Project.recordType
        let ownerId = shared ? stone.id : try ownerVisit(of: stone) ?? stone.id
        let stoneVersion = try version(stone, device: bundle.deviceId)
        if let known = try fetchHeld(Tombstone.self, stone.id) {
            // Two deletions agree: only the better-ranked one is kept.
            let decision = MergeRule.decide(existing: try version(known, device: originDevice(ownerId)), incoming: stoneVersion,
                                            base: nil, sameContent: false)
            guard decision == .update else { return count(type, \.unchanged) }
            return try saveTombstone(stone, counting: \.updated)
        }
        guard let held = try heldRecord(of: stone) else {
            // Nothing to delete (yet): kept, so that an older version arriving later stays deleted.
            return try saveTombstone(stone, counting: \.inserted)
        }
        let owner = try originDevice(ownerId)
        // Visits, answers, recommendations and attachments are their device's: another device may
        // not delete them. Enterprises are shared: a deletion from another device is a conflict.
        if !shared, owner != bundle.deviceId {
            throw SyncError.badFile(bundle.fileName, .notOwner(recordType: stone.recordType, recordId: stone.id,
                                                              owner: owner, signer: bundle.deviceId))
        }
        let open = try openConflicts(of: stone.id)
        let mine = open.first { $0.incoming.device == bundle.deviceId }
        if let mine {
            let decision = MergeRule.decide(existing: try mine.version(), incoming: stoneVersion, base: nil, sameContent: false)
            guard decision == .update || decision == .overtake else {
                return count(type, decision == .older ? \.older : \.unchanged)
            }
        }
        let current = ConflictSide(device: owner, revision: held.version.revision, json: held.version.content)
        let stoneSide = ConflictSide(device: bundle.deviceId, revision: stone.revision, json: stoneVersion.content)
        var decision = MergeRule.decide(existing: MergeVersion(revision: held.version.revision, device: owner,
                                                               changedAt: held.version.changedAt, content: held.version.content),
                                        incoming: stoneVersion, base: nil, sameContent: false)
        // An enterprise with visits at HQ (or briefings it attended) is not deleted: the deletion
        // waits in a conflict.
        if decision == .update, stone.recordType == Enterprise.recordType,
           try SiteVisit.filter(SiteVisit.Columns.enterpriseId == stone.id).fetchCount(db) > 0
            || VisitParticipant.filter(VisitParticipant.Columns.enterpriseId == stone.id).fetchCount(db) > 0 {
            decision = .conflict
        }
        // The same for a project visits at HQ are about.
        if decision == .update, stone.recordType == Project.recordType,
           try SiteVisit.filter(sql: "projectId = ?", arguments: [stone.id]).fetchCount(db) > 0 {
            decision = .conflict
        }
        switch decision {
        case .older, .unchanged:
            count(type, \.older)
        case .conflict, .overtake:
            try setAside(type: stone.recordType, recordId: stone.id, isDeletion: true, incoming: stoneSide, current: current,
                         replacing: mine)
            count(type, \.conflicts)
        case .update:
            if let mine { try dropConflict(mine.id) }
            let others = open.filter { $0.incoming.device != bundle.deviceId }
            // A live version another device wrote, set aside until now, outranks this deletion: the
            // best of them becomes current and the deletion waits in a conflict.
            var best: (OpenConflict, MergeVersion)?
            for conflict in others where !conflict.isDeletion {
                let v = try conflict.version()
                if best == nil || MergeRule.ranks(v, above: best!.1) { best = (conflict, v) }
            }
            if let (winner, _) = best {
                try restore(winner.incoming, type: stone.recordType)
                try dropConflict(winner.id)
                try setAside(type: stone.recordType, recordId: stone.id, isDeletion: true, incoming: stoneSide,
                             current: winner.incoming, replacing: nil)
                try repoint(others.filter { $0.id != winner.id }, to: winner.incoming) { _ in false }
                return count(type, \.conflicts)
            }
            if stone.recordType == Enterprise.recordType { try EnterpriseSearchIndex.remove(enterpriseId: stone.id, db) }
            try db.execute(sql: "DELETE FROM \(stone.recordType) WHERE id = ?", arguments: [stone.id])
            if let enterpriseId = held.enterpriseId { touchedEnterprises.insert(enterpriseId) }
            // Every other open conflict held a deletion too (a live one would have won): they agree.
            try repoint(others, to: stoneSide) { $0.isDeletion }
            try saveTombstone(stone, counting: \.deleted)
        }
    }

    private func saveTombstone(_ stone: Tombstone, counting keyPath: WritableKeyPath<MergeReport.Counts, Int>) throws {
        var stored = stone
        stored.changeSeq = change.changeSeq
        try stored.save(db)
        // The deleting device wrote the version HQ holds now (also when the deletion came first).
        if stone.recordType == Enterprise.recordType || stone.recordType == SiteVisit.recordType
            || stone.recordType == Project.recordType {
            try setOrigin(stone.id, type: stone.recordType, device: bundle.deviceId, revision: stone.revision)
        }
        tombstoneRevisions[stone.id] = stone.revision
        count(Tombstone.recordType, keyPath)
    }

    /// The version HQ holds of the record a tombstone buries (device left to the caller) and its
    /// enterprise, if HQ holds it.
    private func heldRecord(of stone: Tombstone) throws -> (version: MergeVersion, enterpriseId: String?)? {
        func held<R: SyncedRecord>(_ type: R.Type, _ enterprise: (R) -> String?) throws -> (MergeVersion, String?)? {
            guard let record = try fetchHeld(R.self, stone.id) else { return nil }
            return (try version(record, device: ""), enterprise(record))
        }
        switch stone.recordType {
        case Enterprise.recordType: return try held(Enterprise.self) { $0.id }
        case SiteVisit.recordType: return try held(SiteVisit.self) { $0.enterpriseId }
        case Answer.recordType: return try held(Answer.self) { _ in nil }
        case Recommendation.recordType: return try held(Recommendation.self) { $0.enterpriseId }
        case Attachment.recordType: return try held(Attachment.self) { _ in nil }
        case VisitParticipant.recordType: return try held(VisitParticipant.self) { _ in nil }
        case Project.recordType: return try held(Project.self) { _ in nil }
        default:
            throw SyncError.badFile(bundle.fileName, .rejectedRecord(recordType: Tombstone.recordType, recordId: stone.id,
                                                                    reason: "unknown record type \(stone.recordType)"))
        }
    }

    /// Makes a set-aside version (its conflict's JSON) the one HQ holds again.
    private func restore(_ side: ConflictSide, type: String) throws {
        func put<R: SyncedRecord>(_ type: R.Type) throws {
            let record = try JSONDecoder().decode(R.self, from: Data(side.json.utf8))
            guard let existing = try fetchHeld(R.self, record.id) else { return }
            try store(record, replacing: .live(existing), device: side.device)
        }
        switch type {
        case Enterprise.recordType: try put(Enterprise.self)
        case SiteVisit.recordType: try put(SiteVisit.self)
        case Answer.recordType: try put(Answer.self)
        case Recommendation.recordType: try put(Recommendation.self)
        case Attachment.recordType: try put(Attachment.self)
        case VisitParticipant.recordType: try put(VisitParticipant.self)
        case Project.recordType: try put(Project.self)
        default: break
        }
    }
}
