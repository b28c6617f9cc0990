import FieldbookCore
import Foundation

/// `manifest.json`: what the bundle is, who made it, and the SHA-256 of every other entry.
/// `manifest.sig` holds the device's Ed25519 signature over these exact bytes, so the manifest
/// vouches for every entry and the signature for the manifest.
public struct BundleManifest: Codable, Sendable, Equatable {
    public static let formatName = "fieldbook-bundle"
    public static let currentVersion = 1

    public struct InspectorInfo: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var district: String
    }

    public struct Scope: Codable, Sendable, Equatable {
        /// `changes` (since the previous export), `all`, or `day`.
        public var kind: String
        public var day: String?
        public var afterChange: Int64
        public var throughChange: Int64
    }

    public struct Entry: Codable, Sendable, Equatable {
        public var path: String
        public var size: Int64
        public var sha256: String

        package init(path: String, size: Int64, sha256: String) {
            self.path = path
            self.size = size
            self.sha256 = sha256
        }
    }

    public var format: String
    public var formatVersion: Int
    public var bundleId: String
    public var deviceId: String
    public var devicePublicKey: String
    public var inspector: InspectorInfo
    public var createdAt: Timestamp
    /// 1, 2, 3… per device; HQ reports gaps.
    public var sequence: Int
    public var previousBundleId: String?
    public var scope: Scope
    /// Records per JSON Lines file, keyed by `BundleFile.stem`.
    public var counts: [String: Int]
    public var entries: [Entry]

    package static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

/// The two fields every version of every Fieldbook file manifest has, read first so that a
/// future version is refused for its version, not for an unknown field.
struct ManifestPreamble: Decodable {
    var format: String
    var formatVersion: Int
}
