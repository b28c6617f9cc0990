import FieldbookCore
import Foundation

/// `manifest.json` of a reference pack (HQ → laptops): same shape of trust as a bundle's, signed
/// by HQ's Ed25519 key. Entries: `enterprises.jsonl`, `templates.jsonl`, `devices.jsonl`, and since
/// 2026-12 `projects.jsonl` (optional: a pack written before has none; docs/bundle-format.md).
public struct PackManifest: Codable, Sendable, Equatable {
    public static let formatName = "fieldbook-pack"
    public static let currentVersion = 1
    public static let enterprisesFile = "enterprises.jsonl"
    public static let templatesFile = "templates.jsonl"
    public static let devicesFile = "devices.jsonl"
    /// Construction projects HQ holds. An added entry, not a new format version: every reader
    /// checks the entries a manifest lists and passes over those it does not know, so a laptop on
    /// an older version still loads a pack that has it (without its projects).
    public static let projectsFile = "projects.jsonl"

    public var format: String
    public var formatVersion: Int
    public var packId: String
    public var createdAt: Timestamp
    public var signingKey: String
    public var counts: [String: Int]
    public var entries: [BundleManifest.Entry]

    package init(format: String, formatVersion: Int, packId: String, createdAt: Timestamp, signingKey: String,
                 counts: [String: Int], entries: [BundleManifest.Entry]) {
        self.format = format
        self.formatVersion = formatVersion
        self.packId = packId
        self.createdAt = createdAt
        self.signingKey = signingKey
        self.counts = counts
        self.entries = entries
    }
}
