import Crypto
import FieldbookCore
import Foundation

/// This device's Ed25519 signing key. The private half lives only in the database (owner-only
/// file); nothing prints it.
public struct DeviceKey: Sendable {
    public let deviceId: String
    let privateKeyRaw: Data
    /// `ed25519:…`, what `fieldbook key` prints and `fieldbook hq trust` takes.
    public let publicKeyText: String

    public var fingerprint: String { PublicKeyText.fingerprint(publicKeyText) }

    package func sign(_ data: Data) throws -> Data {
        try Curve25519.Signing.PrivateKey(rawRepresentation: privateKeyRaw).signature(for: data)
    }
}

/// Creates and loads device keys. Call `ensureKey(for:)` wherever a database is set up (`init`,
/// `demo`) so every database that can export has a key; export calls it too.
public enum DeviceKeyStore {
    /// The device key, created and stored when missing.
    @discardableResult
    public static func ensureKey(for database: AppDatabase) throws -> DeviceKey {
        let stored = try database.storeDeviceKeyIfMissing {
            let key = Curve25519.Signing.PrivateKey()
            return (key.rawRepresentation.base64EncodedString(),
                    PublicKeyText.format(key.publicKey.rawRepresentation, kind: .ed25519))
        }
        return try decode(stored)
    }

    /// The stored device key; refuses when there is none.
    public static func key(for database: AppDatabase) throws -> DeviceKey {
        guard let stored = try database.storedDeviceKey() else { throw SyncError.noDeviceKey }
        return try decode(stored)
    }

    private static func decode(_ stored: StoredDeviceKey) throws -> DeviceKey {
        guard let raw = Data(base64Encoded: stored.privateKey),
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else { throw SyncError.noDeviceKey }
        return DeviceKey(deviceId: stored.deviceId, privateKeyRaw: raw,
                         publicKeyText: PublicKeyText.format(key.publicKey.rawRepresentation, kind: .ed25519))
    }
}
