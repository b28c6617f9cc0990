import FieldbookBundle
import FieldbookCore
import GRDB

/// Two versions of one record that HQ will not choose between on its own: the version it holds
/// (current) and the one a bundle brought (incoming). Both are kept, as JSON.
public struct HQConflict: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "hqConflict"

    /// `concurrentEdit`: another device changed the record HQ holds; `sameCreditCode`: an
    /// enterprise created in the field under a credit code HQ holds under another id;
    /// `deletion`: a device deleted a record another device wrote; `voidUndone`: a later version
    /// of a voided visit or recommendation arrived without the void (HQ keeps the void).
    public var id: String
    public var recordType: String
    public var recordId: String
    public var kind: String
    public var currentDeviceId: String
    public var currentRevision: Int
    public var currentJSON: String
    public var incomingDeviceId: String
    public var incomingRevision: Int
    public var incomingJSON: String
    public var bundleId: String
    public var detectedAt: Timestamp
    /// `current` or `incoming` once someone chose (nil: open).
    public var resolution: String?
    public var resolvedBy: String?
    public var resolvedAt: Timestamp?

    public var isOpen: Bool { resolution == nil }
}

extension HQDatabase {
    /// The recorded conflicts, oldest first: the open ones, or all with `includingResolved`.
    public func hqConflicts(includingResolved: Bool = true) throws -> [HQConflict] {
        return try reader.read { db in
            var request = HQConflict.order(Column("detectedAt"), Column("recordId"))
            if !includingResolved { request = request.filter(Column("resolution") == nil) }
            return try request.fetchAll(db)
        }
    }
}
