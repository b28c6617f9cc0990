import Crypto
import FieldbookCore
import Foundation

/// Headquarters' two key pairs: X25519 (laptops encrypt bundles to it) and Ed25519 (HQ signs
/// reference packs with it). The private halves live only in the HQ database.
public struct HQKeyring: Sendable {
    private let agreementRaw: Data
    private let signingRaw: Data

    package var agreement: Curve25519.KeyAgreement.PrivateKey { try! .init(rawRepresentation: agreementRaw) }
    package var signing: Curve25519.Signing.PrivateKey { try! .init(rawRepresentation: signingRaw) }

    package init(agreement: Curve25519.KeyAgreement.PrivateKey, signing: Curve25519.Signing.PrivateKey) {
        agreementRaw = agreement.rawRepresentation
        signingRaw = signing.rawRepresentation
    }

    /// `x25519:…`, what `fieldbook export --encrypt-to` takes.
    public var encryptionKeyText: String { PublicKeyText.format(agreement.publicKey.rawRepresentation, kind: .x25519) }
    /// `ed25519:…`, the key reference packs are signed with.
    public var signingKeyText: String { PublicKeyText.format(signing.publicKey.rawRepresentation, kind: .ed25519) }
}
