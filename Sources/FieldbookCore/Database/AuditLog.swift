import Foundation
import GRDB

/// Writes audit events: one per changed column, with old and new values in their stored text form.
enum AuditLog {
    /// The field name of events about a whole record (creation, deletion).
    static let recordField = "(record)"

    static func recordChanges<R: SyncedRecord>(old: R, new: R, ignoring: Set<String> = [],
                                               _ db: Database, _ change: ChangeContext) throws {
        let bookkeeping: Set<String> = ["revision", "updatedAt", "changeSeq"]
        let oldValues = try new.databaseChanges(from: old)
        let newValues = try new.databaseDictionary
        for field in oldValues.keys.sorted() where !bookkeeping.contains(field) && !ignoring.contains(field) {
            try log(R.recordType, new.id, field: field, old: text(oldValues[field]), new: text(newValues[field]),
                    db, change)
        }
    }

    static func recordCreated<R: SyncedRecord>(_ record: R, _ db: Database, _ change: ChangeContext) throws {
        try log(R.recordType, record.id, field: recordField, old: nil, new: "created", db, change)
    }

    static func recordDeleted<R: SyncedRecord>(_ record: R, _ db: Database, _ change: ChangeContext) throws {
        try log(R.recordType, record.id, field: recordField, old: "revision \(record.revision)", new: "deleted",
                db, change)
    }

    static func log(_ recordType: String, _ recordId: String, field: String, old: String?, new: String?,
                    _ db: Database, _ change: ChangeContext) throws {
        var event = AuditEvent(recordType: recordType, recordId: recordId, field: field, oldValue: old,
                               newValue: new, at: change.now, inspectorId: change.inspector?.id,
                               inspectorName: change.inspector?.name ?? "")
        event.changeSeq = change.changeSeq
        try event.insert(db)
    }

    static func text(_ value: DatabaseValue?) -> String? {
        switch value?.storage {
        case nil, .null?: nil
        case let .int64(i)?: String(i)
        case let .double(d)?: String(d)
        case let .string(s)?: s
        case let .blob(data)?: data.base64EncodedString()
        }
    }
}
