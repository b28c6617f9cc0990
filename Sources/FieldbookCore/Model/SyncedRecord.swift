import GRDB

/// A record that travels in export bundles: a permanent UUID, a revision that starts at 1 and
/// grows with every change, the instant of the last change, and `changeSeq`, a local counter
/// value that orders changes on this device (export picks everything above its cursor; see
/// docs/domain-model.md). `changeSeq` is bookkeeping of this database, not of the record.
public protocol SyncedRecord: Codable, Sendable, Hashable, Identifiable, FetchableRecord, PersistableRecord
where ID == String {
    var id: String { get set }
    var revision: Int { get set }
    var updatedAt: Timestamp { get set }
    var changeSeq: Int64 { get set }
}

extension SyncedRecord {
    /// The name used for this kind of record in audit events, tombstones and bundles.
    public static var recordType: String { databaseTableName }
}
