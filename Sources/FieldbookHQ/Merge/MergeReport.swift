import FieldbookBundle
import FieldbookCore

/// What merging one bundle did, per record type.
public struct MergeReport: Sendable, Equatable {
    public struct Counts: Sendable, Equatable, Codable {
        public var inserted = 0
        public var updated = 0
        public var unchanged = 0
        public var older = 0
        public var conflicts = 0
        public var deleted = 0

        public init() {}

        public var changedAnything: Bool { inserted + updated + conflicts + deleted > 0 }
    }

    public var fileName: String
    public var bundleId: String
    public var deviceId: String
    public var inspector: String
    public var sequence: Int
    /// The same bundle id was imported before: nothing was changed.
    public var alreadyImported: Bool
    /// Keyed by record type (`enterprise`, `siteVisit`, `answer`, `recommendation`, `auditEvent`, `tombstone`).
    public var counts: [String: Counts]
    /// This device's sequence numbers HQ has not seen, up to the newest it has.
    public var missingSequences: [Int]

    public var changedAnything: Bool { counts.values.contains(where: \.changedAnything) }

    public func total(_ keyPath: KeyPath<Counts, Int>) -> Int { counts.values.reduce(0) { $0 + $1[keyPath: keyPath] } }
}
