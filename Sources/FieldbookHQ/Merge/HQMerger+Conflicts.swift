import FieldbookBundle
import FieldbookCore
import Foundation
import GRDB

/// One side of a conflict: who wrote the version, its revision and its content as JSON.
struct ConflictSide {
    var device: String
    var revision: Int
    var json: String
}

/// An open `concurrentEdit` or `deletion` conflict: the latest version of one device that HQ set
/// aside. A record has at most one open conflict per device (docs/hq.md, "Conflicts"), and its
/// current side is always the version HQ holds, so the open conflicts of a record are a function
/// of the versions HQ received, not of the order they came in.
struct OpenConflict {
    var id: String
    var incoming: ConflictSide
    var isDeletion: Bool

    /// The rule's view of the set-aside version.
    func version() throws -> MergeVersion {
        struct Stamped: Decodable { var updatedAt: Timestamp?; var deletedAt: Timestamp? }
        let stamps = try JSONDecoder().decode(Stamped.self, from: Data(incoming.json.utf8))
        return MergeVersion(revision: incoming.revision, device: incoming.device,
                            changedAt: (isDeletion ? stamps.deletedAt : stamps.updatedAt) ?? Timestamp(Date(timeIntervalSince1970: 0)),
                            isDeletion: isDeletion, content: incoming.json)
    }
}

extension HQMerger {
    /// The open conflicts that hold set-aside versions of this record.
    func openConflicts(of recordId: String) throws -> [OpenConflict] {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, kind, incomingDeviceId, incomingRevision, incomingJSON FROM hqConflict
            WHERE recordId = ? AND resolution IS NULL AND kind IN ('concurrentEdit', 'deletion')
            """), arguments: [recordId])
        return rows.map {
            OpenConflict(id: $0["id"], incoming: ConflictSide(device: $0["incomingDeviceId"], revision: $0["incomingRevision"],
                                                              json: $0["incomingJSON"]),
                         isDeletion: $0["kind"] == "deletion")
        }
    }

    /// Keeps `incoming` as the device's set-aside version of the record, against `current`:
    /// replaces the device's older open conflict (`replacing`) or records a new one. A version a
    /// person already settled (a resolved conflict holding it) is not raised again.
    func setAside(type: String, recordId: String, isDeletion: Bool, incoming: ConflictSide, current: ConflictSide,
                  replacing previous: OpenConflict?) throws {
        let kind = isDeletion ? "deletion" : "concurrentEdit"
        if let previous {
            try db.cachedStatement(sql: """
                UPDATE OR IGNORE hqConflict SET kind = ?, currentDeviceId = ?, currentRevision = ?, currentJSON = ?,
                  incomingRevision = ?, incomingJSON = ?, bundleId = ?, detectedAt = ? WHERE id = ?
                """).execute(arguments: [kind, current.device, current.revision, current.json, incoming.revision,
                                         incoming.json, bundle.bundleId, change.now, previous.id])
            if db.changesCount == 0 { try dropConflict(previous.id) }
            return
        }
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO hqConflict (id, recordType, recordId, kind, currentDeviceId, currentRevision, currentJSON,
              incomingDeviceId, incomingRevision, incomingJSON, bundleId, detectedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [RecordID.make(), type, recordId, kind, current.device, current.revision, current.json,
                                     incoming.device, incoming.revision, incoming.json, bundle.bundleId, change.now])
    }

    func dropConflict(_ id: String) throws {
        try db.cachedStatement(sql: "DELETE FROM hqConflict WHERE id = ?").execute(arguments: [id])
    }

    /// The record's current version changed: every other open conflict now shows it as the current
    /// side, and one whose set-aside version holds the same data (`agrees`) is no conflict anymore.
    func repoint(_ conflicts: [OpenConflict], to current: ConflictSide, agrees: (OpenConflict) throws -> Bool) throws {
        for conflict in conflicts {
            if try agrees(conflict) {
                try dropConflict(conflict.id)
                continue
            }
            try db.cachedStatement(sql: """
                UPDATE hqConflict SET currentDeviceId = ?, currentRevision = ?, currentJSON = ? WHERE id = ?
                """).execute(arguments: [current.device, current.revision, current.json, conflict.id])
        }
    }

    /// A version's JSON as conflicts keep it: without this database's bookkeeping (change
    /// sequence, an enterprise's derived summary), so it depends only on the version.
    func canonicalJSON<R: SyncedRecord>(_ record: R) throws -> String {
        var copy = record
        copy.changeSeq = 0
        if var enterprise = copy as? Enterprise {
            enterprise.clearSummary()
            return try json(enterprise)
        }
        return try json(copy)
    }

    /// Whether two versions of a record hold the same data, bookkeeping aside.
    func sameData<R: SyncedRecord>(_ a: R, _ b: R) -> Bool {
        var other = b
        other.revision = a.revision
        other.updatedAt = a.updatedAt
        other.changeSeq = a.changeSeq
        if let e = other as? Enterprise, let held = a as? Enterprise {
            var same = e
            same.keepSummary(of: held)
            return same == held
        }
        return other == a
    }

    /// The rule's view of a record or tombstone written by `device`.
    func version<R: SyncedRecord>(_ record: R, device: String) throws -> MergeVersion {
        let stone = record as? Tombstone
        return MergeVersion(revision: record.revision, device: device, changedAt: stone?.deletedAt ?? record.updatedAt,
                            isDeletion: stone != nil, content: try canonicalJSON(record))
    }
}
