import FieldbookBundle
import FieldbookCore
import GRDB

extension HQDatabase {
    /// Settles conflict `id` (its full id or at least its first 4 characters) in one transaction:
    /// the kept version becomes current (nothing changes when it already is), the conflict records
    /// which side was kept, by whom and when, and an audit event says the same. Both versions stay
    /// in the conflict row. A settled conflict is not reopened by re-importing the same bundle.
    public func resolveHQConflict(_ id: String, keep choice: HQConflictChoice, by person: String) throws -> HQConflict {
        let clock = self.clock
        return try writer.write { db in
            var conflict = try Self.findConflict(id, db)
            if let by = conflict.resolvedBy, let at = conflict.resolvedAt, let kept = conflict.resolution {
                throw SyncError.conflictAlreadyResolved(conflict.id, kept: kept, by: by, at: at.iso8601)
            }
            guard let side = choice.side(in: conflict) else {
                guard case let .device(device) = choice else { throw SyncError.noSuchConflict(id) }
                throw SyncError.deviceNotInConflict(device, conflict.currentDeviceId, conflict.incomingDeviceId)
            }
            let change = try ChangeContext(db, clock: clock)
            let resolver = HQConflictResolver(db: db, change: change, conflict: conflict)
            if side == "incoming" { try resolver.applyIncoming() }
            conflict.resolution = side
            conflict.resolvedBy = person
            conflict.resolvedAt = change.now
            try conflict.update(db)
            let recordId = (try? resolver.currentId()) ?? conflict.recordId
            var event = AuditEvent(
                recordType: conflict.recordType, recordId: recordId, field: "conflict:\(conflict.kind)",
                oldValue: "r\(conflict.currentRevision) \(conflict.currentDeviceId) / r\(conflict.incomingRevision) \(conflict.incomingDeviceId)",
                newValue: "kept \(side) (conflict \(conflict.id))", at: change.now, inspectorId: nil, inspectorName: person)
            event.changeSeq = change.changeSeq
            try event.insert(db)
            return conflict
        }
    }

    private static func findConflict(_ id: String, _ db: Database) throws -> HQConflict {
        let prefix = id.uppercased()
        guard prefix.count >= 4 else { throw SyncError.noSuchConflict(id) }
        let matches = try HQConflict.filter(Column("id").like(prefix + "%")).limit(2).fetchAll(db)
        guard let first = matches.first else { throw SyncError.noSuchConflict(id) }
        guard matches.count == 1 else { throw SyncError.ambiguousConflict(id) }
        return first
    }
}
