import FieldbookBundle
import FieldbookCore
import GRDB

/// Who signed a bundle (docs/hq.md, "Who signed a bundle"). The signature proves only which key
/// signed the manifest; the manifest's device and inspector are claims. A trusted key is bound to
/// one device and one inspector, recorded with the first bundle it signs, and a device id belongs
/// to one key; a bundle whose claims disagree with its key is refused whole, before any record.
enum SignerCheck {
    /// Checks the bundle's device and inspector against its signing key and binds them to the key
    /// when this is the key's first bundle. Runs inside the merge's transaction, so a refused
    /// bundle leaves no binding behind.
    static func checkAndBind(_ bundle: IncomingBundle, _ db: Database) throws {
        let signer = PublicKeyText.fingerprint(bundle.devicePublicKey)
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT deviceId, inspectorId, inspector, revokedAt, revokedReason FROM hqDevice WHERE publicKey = ?
            """), arguments: [bundle.devicePublicKey])
        // A revoked key is refused whatever it signed and whenever: a lost laptop's clock and
        // manifest are the finder's to set. Checked even with --accept-unknown.
        if let row, let revokedAt: Timestamp = row["revokedAt"] {
            throw SyncError.badFile(bundle.fileName, .revokedSigner(fingerprint: signer, revokedAt: revokedAt.iso8601,
                                                                   reason: row["revokedReason"] ?? ""))
        }
        let boundDevice: String? = row?["deviceId"]
        if let boundDevice, boundDevice != bundle.deviceId {
            throw SyncError.badFile(bundle.fileName, .signerIsAnotherDevice(
                claimed: bundle.deviceId, fingerprint: signer, boundDevice: boundDevice))
        }
        // The device id must not belong to another key: one bound at trust or first bundle, or
        // one that signed this device's earlier bundles (files imported before keys were bound,
        // or with --accept-unknown).
        let owner = try String.fetchOne(db.cachedStatement(sql: "SELECT publicKey FROM hqDevice WHERE deviceId = ? AND publicKey <> ?"),
                                        arguments: [bundle.deviceId, bundle.devicePublicKey])
            ?? String.fetchOne(db.cachedStatement(sql: """
                SELECT devicePublicKey FROM hqBundle WHERE deviceId = ? AND devicePublicKey <> ? LIMIT 1
                """), arguments: [bundle.deviceId, bundle.devicePublicKey])
        if let owner {
            throw SyncError.badFile(bundle.fileName, .deviceHasAnotherKey(
                device: bundle.deviceId, ownerFingerprint: PublicKeyText.fingerprint(owner), signerFingerprint: signer))
        }
        guard let row else { return }
        let boundInspector: String? = row["inspectorId"]
        if let boundInspector, boundInspector != bundle.inspector.id {
            let name: String = row["inspector"]
            throw SyncError.badFile(bundle.fileName, .signerIsAnotherInspector(
                claimed: bundle.inspector.id, claimedName: bundle.inspector.name, fingerprint: signer,
                bound: "\(name) (\(boundInspector))"))
        }
        guard boundDevice == nil || boundInspector == nil else { return }
        try db.execute(sql: "UPDATE hqDevice SET deviceId = ?, inspectorId = ? WHERE publicKey = ?",
                       arguments: [bundle.deviceId, bundle.inspector.id, bundle.devicePublicKey])
    }
}
