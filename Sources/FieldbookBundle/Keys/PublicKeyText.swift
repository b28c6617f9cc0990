import Crypto
import FieldbookCore
import Foundation

/// The text form of a public key: `ed25519:` (device and pack-signing keys) or `x25519:`
/// (headquarters' encryption key) followed by the raw 32 bytes in base64. The prefix keeps a
/// signing key from being pasted where an encryption key belongs, and vice versa.
public enum PublicKeyText {
    public enum Kind: String, Sendable {
        case ed25519, x25519

        var label: String { self == .ed25519 ? "Ed25519" : "X25519" }
    }

    public static func format(_ raw: Data, kind: Kind) -> String {
        kind.rawValue + ":" + raw.base64EncodedString()
    }

    /// The raw key bytes of `text`, refusing the wrong kind or a malformed key.
    public static func parse(_ text: String, kind: Kind) throws -> Data {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let prefix = kind.rawValue + ":"
        guard trimmed.hasPrefix(prefix), let raw = Data(base64Encoded: String(trimmed.dropFirst(prefix.count))),
              raw.count == 32 else { throw SyncError.invalidPublicKey(trimmed, expected: kind.label) }
        return raw
    }

    public static func signingKey(_ text: String) throws -> Curve25519.Signing.PublicKey {
        let raw = try parse(text, kind: .ed25519)
        do { return try Curve25519.Signing.PublicKey(rawRepresentation: raw) } catch {
            throw SyncError.invalidPublicKey(text, expected: Kind.ed25519.label)
        }
    }

    public static func agreementKey(_ text: String) throws -> Curve25519.KeyAgreement.PublicKey {
        let raw = try parse(text, kind: .x25519)
        do { return try Curve25519.KeyAgreement.PublicKey(rawRepresentation: raw) } catch {
            throw SyncError.invalidPublicKey(text, expected: Kind.x25519.label)
        }
    }

    /// A short, readable fingerprint of a key's text: the first 8 bytes of its SHA-256, in hex
    /// groups of four (`3f2a-91c0-7d4e-b812`). Enough to compare by eye or over the phone.
    public static func fingerprint(_ text: String) -> String {
        let digest = Array(SHA256.hash(data: Data(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8)))
        let hex = HexText.lowercase(digest.prefix(8))
        return stride(from: 0, to: hex.count, by: 4).map { i in
            String(hex[hex.index(hex.startIndex, offsetBy: i)..<hex.index(hex.startIndex, offsetBy: i + 4)])
        }.joined(separator: "-")
    }
}
