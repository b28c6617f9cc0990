import GRDB

/// Two versions of one record that HQ will not choose between on its own: the version it holds
/// (current) and the one a bundle brought (incoming). Both are kept, as JSON.
public struct HQConflict: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "hqConflict"

    /// `concurrentEdit`: another device changed the record HQ holds; `sameCreditCode`: an
    /// enterprise created in the field under a credit code HQ holds under another id;
    /// `deletion`: a device deleted a record another device wrote.
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
}

extension AppDatabase {
    /// Every recorded conflict, oldest first.
    public func hqConflicts() throws -> [HQConflict] {
        try prepareSync()
        return try reader.read { db in try HQConflict.order(Column("detectedAt"), Column("recordId")).fetchAll(db) }
    }
}
