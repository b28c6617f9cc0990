import FieldbookBundle
import FieldbookCore
import GRDB

extension HQMerger {
    /// An attachment belongs to its visit's device, like an answer: inserted with a visit this
    /// merge inserted, otherwise merged by the rule. Its SHA-256 names a file in HQ's store, so
    /// anything but 64 lowercase hex digits is refused (it could otherwise name a path).
    func mergeAttachment(_ line: LineValues) throws {
        let id = line.text("id") ?? "", visitId = line.text("visitId") ?? ""
        guard let sha = line.text("sha256"), sha.count == 64,
              sha.allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) }) else {
            throw SyncError.badFile(bundle.fileName, .rejectedRecord(recordType: Attachment.recordType, recordId: id,
                                                                    reason: "sha256 is not 64 lowercase hex digits"))
        }
        if isNewVisit(visitId), !inserted.contains(id) { return try insertNew(line, id: id) }
        guard try visitExists(visitId) else {
            throw SyncError.badFile(bundle.fileName, .unknownVisit(recordType: Attachment.recordType, recordId: id, visitId: visitId))
        }
        let attachment = try line.record(Attachment.self)
        try requireOwnership(attachment, ownerVisit: visitId)
        try mergeOwned(attachment, originId: visitId)
    }

    /// The bundle's attachment files, already placed in HQ's store by the importer, recorded in
    /// the same transaction as the records (a file HQ holds from an earlier bundle keeps that one).
    func recordAttachmentFiles() throws {
        for file in bundle.attachmentFiles.values.sorted(by: { $0.sha256 < $1.sha256 }) {
            try db.execute(sql: """
                INSERT OR IGNORE INTO attachmentFile (sha256, size, storedAt, exportedBundleId) VALUES (?, ?, ?, ?)
                """, arguments: [file.sha256, file.size, change.now, bundle.bundleId])
        }
    }
}
