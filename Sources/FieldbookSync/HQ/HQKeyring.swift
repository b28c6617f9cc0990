import Crypto
import FieldbookCore
import Foundation

/// Headquarters' two key pairs: X25519 (laptops encrypt bundles to it) and Ed25519 (HQ signs
/// reference packs with it). The private halves live only in the HQ database.
public struct HQKeyring: Sendable {
    private let agreementRaw: Data
    private let signingRaw: Data

    var agreement: Curve25519.KeyAgreement.PrivateKey { try! .init(rawRepresentation: agreementRaw) }
    var signing: Curve25519.Signing.PrivateKey { try! .init(rawRepresentation: signingRaw) }

    private init(agreement: Curve25519.KeyAgreement.PrivateKey, signing: Curve25519.Signing.PrivateKey) {
        agreementRaw = agreement.rawRepresentation
        signingRaw = signing.rawRepresentation
    }

    /// `x25519:…`, what `fieldbook export --encrypt-to` takes.
    public var encryptionKeyText: String { PublicKeyText.format(agreement.publicKey.rawRepresentation, kind: .x25519) }
    /// `ed25519:…`, the key reference packs are signed with.
    public var signingKeyText: String { PublicKeyText.format(signing.publicKey.rawRepresentation, kind: .ed25519) }

    /// Makes `database` a headquarters database with new keys (`fieldbook hq init`).
    public static func create(in database: AppDatabase, path: String) throws -> HQKeyring {
        let keyring = HQKeyring(agreement: .init(), signing: .init())
        let stored = StoredHQKeys(agreementKey: keyring.agreement.rawRepresentation.base64EncodedString(),
                                  signingKey: keyring.signing.rawRepresentation.base64EncodedString())
        guard try database.storeHQKeys(stored) else { throw SyncError.alreadyHeadquarters(path) }
        return keyring
    }

    /// The keys of a headquarters database; refuses any other database.
    public static func load(from database: AppDatabase, path: String) throws -> HQKeyring {
        guard let stored = try database.hqKeys(),
              let agreementRaw = Data(base64Encoded: stored.agreementKey),
              let signingRaw = Data(base64Encoded: stored.signingKey),
              let agreement = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: agreementRaw),
              let signing = try? Curve25519.Signing.PrivateKey(rawRepresentation: signingRaw) else {
            throw SyncError.notHeadquarters(path)
        }
        return HQKeyring(agreement: agreement, signing: signing)
    }
}
