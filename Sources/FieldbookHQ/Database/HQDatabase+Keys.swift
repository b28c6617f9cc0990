import FieldbookBundle
import FieldbookCore
import GRDB

/// A device headquarters accepts bundles from.
public struct TrustedDevice: Sendable, Equatable {
    public var publicKey: String
    public var inspector: String
    public var trustedAt: Timestamp
    /// The device and inspector the key signs for, bound at `hq trust` or by its first bundle (nil until then).
    public var deviceId: String?
    public var inspectorId: String?
}

/// HQ's private keys as stored (base64 raw representations).
public struct StoredHQKeys: Sendable, Equatable {
    public var agreementKey: String
    public var signingKey: String

    public init(agreementKey: String, signingKey: String) {
        self.agreementKey = agreementKey
        self.signingKey = signingKey
    }
}

extension HQDatabase {
    /// HQ's keys, nil when this is not a headquarters database.
    public func hqKeys() throws -> StoredHQKeys? {
        return try reader.read { db in
            try Row.fetchOne(db, sql: "SELECT agreementKey, signingKey FROM hqKey WHERE id = 1").map {
                StoredHQKeys(agreementKey: $0["agreementKey"], signingKey: $0["signingKey"])
            }
        }
    }

    /// Makes this database a headquarters database; refused when it already is one.
    public func storeHQKeys(_ keys: StoredHQKeys) throws -> Bool {
        let now = clock.timestamp()
        return try writer.write { db in
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM hqKey") == 0 else { return false }
            try db.execute(sql: "INSERT INTO hqKey (id, agreementKey, signingKey, createdAt) VALUES (1, ?, ?, ?)",
                           arguments: [keys.agreementKey, keys.signingKey, now])
            return true
        }
    }

    /// Adds (or renames) a trusted device; returns false when it was already trusted as asked.
    /// With `deviceId` (and `inspectorId`), as `fieldbook key` prints them, the key is bound to that
    /// device and inspector now, so its very first bundle is checked against them (docs/hq.md,
    /// "Who signed a bundle"); without, its first bundle binds it. Refused when the key is bound to
    /// another device or inspector, or the device to another key.
    @discardableResult
    public func trustDevice(publicKey: String, inspector: String, deviceId: String? = nil,
                            inspectorId: String? = nil) throws -> Bool {
        let now = clock.timestamp()
        let fingerprint = PublicKeyText.fingerprint(publicKey)
        return try writer.write { db in
            let known = try Row.fetchOne(db, sql: "SELECT * FROM hqDevice WHERE publicKey = ?", arguments: [publicKey])
            if let known, let revokedAt: Timestamp = known["revokedAt"] {
                throw SyncError.trustRevokedKey(fingerprint, at: revokedAt, reason: known["revokedReason"] ?? "")
            }
            let boundDevice: String? = known?["deviceId"], boundInspector: String? = known?["inspectorId"]
            if let deviceId, let boundDevice, boundDevice != deviceId {
                throw SyncError.trustKeyBoundElsewhere(fingerprint, bound: boundDevice, asked: deviceId)
            }
            if let inspectorId, let boundInspector, boundInspector != inspectorId {
                throw SyncError.trustKeyBoundElsewhere(fingerprint, bound: boundInspector, asked: inspectorId)
            }
            if let deviceId, let owner = try String.fetchOne(db, sql: "SELECT publicKey FROM hqDevice WHERE deviceId = ? AND publicKey <> ?",
                                                             arguments: [deviceId, publicKey])
                ?? String.fetchOne(db, sql: "SELECT devicePublicKey FROM hqBundle WHERE deviceId = ? AND devicePublicKey <> ? LIMIT 1",
                                   arguments: [deviceId, publicKey]) {
                throw SyncError.trustDeviceHasAnotherKey(deviceId, ownerFingerprint: PublicKeyText.fingerprint(owner))
            }
            let device = boundDevice ?? deviceId, inspectorKey = boundInspector ?? inspectorId
            if let known, known["inspector"] == inspector, boundDevice == device, boundInspector == inspectorKey { return false }
            try db.execute(sql: """
                INSERT INTO hqDevice (publicKey, inspector, trustedAt, deviceId, inspectorId) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(publicKey) DO UPDATE SET inspector = excluded.inspector, deviceId = excluded.deviceId,
                  inspectorId = excluded.inspectorId
                """, arguments: [publicKey, inspector, now, device, inspectorKey])
            return true
        }
    }

    /// Whether this key is on the roster, trusted or revoked (asked on the writer's connection, see
    /// `hqHasBundle`); a revoked key is refused by the merge's signer check, naming the revocation.
    public func isTrustedDevice(publicKey: String) throws -> Bool {
        return try writer.writeWithoutTransaction { db in try Self.isTrustedDevice(publicKey: publicKey, db) }
    }

    static func isTrustedDevice(publicKey: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM hqDevice WHERE publicKey = ?"), arguments: [publicKey]) ?? false
    }

    public func trustedDevices() throws -> [TrustedDevice] {
        return try reader.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM hqDevice ORDER BY inspector, publicKey").map {
                TrustedDevice(publicKey: $0["publicKey"], inspector: $0["inspector"], trustedAt: $0["trustedAt"],
                              deviceId: $0["deviceId"], inspectorId: $0["inspectorId"])
            }
        }
    }

    /// Whether HQ imported the bundle with this id before. Asked on the writer's connection: the
    /// import writes next anyway, and a pool reader opened now would keep the WAL from being
    /// folded into the file when the database is closed.
    public func hqHasBundle(_ bundleId: String) throws -> Bool {
        return try writer.writeWithoutTransaction { db in try Self.hasBundle(bundleId, db) }
    }

    /// Merges a verified bundle in one transaction (see `HQMerger`). A bundle id seen before
    /// changes nothing and says so. A write that would leave a reference dangling fails, which
    /// rolls the whole bundle back; that is reported as the bundle's fault.
    public func mergeBundle(_ bundle: IncomingBundle) throws -> MergeReport {
        do {
            return try mergeBundleInTransaction(bundle)
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY {
            throw Self.danglingReference(in: bundle)
        } catch let error as DatabaseError {
            // A full disk, a file-size limit or an I/O error rolled the transaction back: HQ's fault
            // to fix, not the bundle's.
            guard let problem = StorageProblem(error) else { throw error }
            throw SyncError.importNotStored(bundle.fileName, place: writer.path, problem)
        }
    }

    private func mergeBundleInTransaction(_ bundle: IncomingBundle) throws -> MergeReport {
        try writer.write { db in try merge(bundle, db) }
    }

    /// The refusal of a bundle one of whose writes would have left a reference dangling.
    static func danglingReference(in bundle: IncomingBundle) -> SyncError {
        SyncError.badFile(bundle.fileName, .rejectedRecord(recordType: "bundle", recordId: bundle.bundleId,
                                                          reason: "a record refers to one that does not exist"))
    }

    /// Whether HQ holds the bundle with this id, asked inside the caller's transaction (a group
    /// import sees the bundles it merged before this one: `HQImporter.importFiles`).
    static func hasBundle(_ bundleId: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM hqBundle WHERE id = ?"), arguments: [bundleId]) ?? false
    }

    /// Merges a verified bundle inside the caller's transaction: the signer check, "already
    /// imported", the sequence check, then `HQMerger`. On a throw the caller rolls back what
    /// this wrote (the whole transaction, or the bundle's savepoint).
    func merge(_ bundle: IncomingBundle, _ db: Database) throws -> MergeReport {
        try SignerCheck.checkAndBind(bundle, db)
        if try Self.hasBundle(bundle.bundleId, db) {
            let seen = Set(try Int.fetchAll(db.cachedStatement(sql: "SELECT sequence FROM hqBundle WHERE deviceId = ?"),
                                            arguments: [bundle.deviceId]))
            return MergeReport(fileName: bundle.fileName, bundleId: bundle.bundleId, deviceId: bundle.deviceId,
                               inspector: bundle.inspector.name, sequence: bundle.sequence, alreadyImported: true,
                               counts: [:], missingSequences: (1...(seen.max() ?? 1)).filter { !seen.contains($0) })
        }
        if let held = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, fileName FROM hqBundle WHERE deviceId = ? AND sequence = ? AND id <> ? LIMIT 1
            """), arguments: [bundle.deviceId, bundle.sequence, bundle.bundleId]) {
            throw SyncError.badFile(bundle.fileName, .sequenceTaken(
                sequence: bundle.sequence, bundleId: bundle.bundleId, heldBundleId: held["id"], heldFile: held["fileName"]))
        }
        let change = try ChangeContext(db, clock: clock)
        return try HQMerger(db: db, change: change, bundle: bundle).merge()
    }
}
