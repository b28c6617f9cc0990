import FieldbookBundle
import FieldbookCore
import Foundation
import GRDB

/// One row of `fieldbook hq devices`: a trusted (or revoked) key, what it signs for, and how far
/// its bundles have come in.
public struct DeviceStatus: Sendable, Equatable {
    public var publicKey: String
    public var fingerprint: String
    /// Bound by the key's first bundle; nil until then.
    public var deviceId: String?
    public var inspector: String
    public var trustedAt: Timestamp
    public var revokedAt: Timestamp?
    public var revokedReason: String?
    public var revokedBy: String?
    public var lastSequence: Int?
    /// When the device made its latest bundle (the manifest's `createdAt`).
    public var lastBundleAt: Timestamp?
    /// Sequence numbers below the latest that HQ has not imported.
    public var missingSequences: [Int]

    public var isRevoked: Bool { revokedAt != nil }
}

extension HQDatabase {
    /// Every trusted or revoked key, by inspector, with its bundles' progress.
    public func deviceStatuses() throws -> [DeviceStatus] {
        try reader.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM hqDevice ORDER BY inspector, publicKey").map { row in
                let key: String = row["publicKey"]
                let deviceId: String? = row["deviceId"]
                // A key not yet bound: its bundles (if any came with --accept-unknown) by key.
                let sequences = try Row.fetchAll(db, sql: """
                    SELECT sequence, createdAt FROM hqBundle WHERE devicePublicKey = ? ORDER BY sequence
                    """, arguments: [key])
                let seen = Set(sequences.map { $0["sequence"] as Int })
                let last = sequences.last
                return DeviceStatus(
                    publicKey: key, fingerprint: PublicKeyText.fingerprint(key), deviceId: deviceId,
                    inspector: row["inspector"], trustedAt: row["trustedAt"], revokedAt: row["revokedAt"],
                    revokedReason: row["revokedReason"], revokedBy: row["revokedBy"],
                    lastSequence: last?["sequence"], lastBundleAt: last?["createdAt"],
                    missingSequences: (1...max(seen.max() ?? 0, 1)).filter { !seen.contains($0) && $0 < (seen.max() ?? 0) })
            }
        }
    }

    /// Revokes the key given as its `ed25519:` text or its fingerprint: bundles it signs are
    /// refused from now on, whatever they claim and however often they are imported again; the
    /// revocation is audited. Returns the revoked device.
    @discardableResult
    public func revokeDevice(_ keyOrFingerprint: String, reason: String, by person: String) throws -> DeviceStatus {
        let wanted = keyOrFingerprint.trimmingCharacters(in: .whitespacesAndNewlines)
        let trimmedReason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmedReason.isEmpty else { throw SyncError.revocationNeedsReason }
        let clock = self.clock
        let key: String = try writer.write { db in
            let keys = try String.fetchAll(db, sql: "SELECT publicKey FROM hqDevice")
            guard let key = keys.first(where: { $0 == wanted || PublicKeyText.fingerprint($0) == wanted.lowercased() }) else {
                throw SyncError.noSuchDevice(wanted)
            }
            if let at = try Timestamp.fetchOne(db, sql: "SELECT revokedAt FROM hqDevice WHERE publicKey = ?", arguments: [key]) {
                throw SyncError.deviceAlreadyRevoked(PublicKeyText.fingerprint(key), at: at)
            }
            let change = try ChangeContext(db, clock: clock)
            try db.execute(sql: "UPDATE hqDevice SET revokedAt = ?, revokedReason = ?, revokedBy = ? WHERE publicKey = ?",
                           arguments: [change.now, trimmedReason, person, key])
            var event = AuditEvent(recordType: "hqDevice", recordId: key, field: "revoked", oldValue: "trusted",
                                   newValue: trimmedReason, at: change.now, inspectorId: nil, inspectorName: person)
            event.changeSeq = change.changeSeq
            try event.insert(db)
            return key
        }
        return try deviceStatuses().first { $0.publicKey == key }!
    }
}
