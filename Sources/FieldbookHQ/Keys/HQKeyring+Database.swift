import Crypto
import FieldbookBundle
import Foundation

extension HQKeyring {
    /// Makes `database` a headquarters database with new keys (`fieldbook hq init`).
    public static func create(in database: HQDatabase, path: String) throws -> HQKeyring {
        let keyring = HQKeyring(agreement: .init(), signing: .init())
        let stored = StoredHQKeys(agreementKey: keyring.agreement.rawRepresentation.base64EncodedString(),
                                  signingKey: keyring.signing.rawRepresentation.base64EncodedString())
        guard try database.storeHQKeys(stored) else { throw SyncError.alreadyHeadquarters(path) }
        return keyring
    }

    /// The keys of a headquarters database; refuses any other database.
    public static func load(from database: HQDatabase, path: String) throws -> HQKeyring {
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
