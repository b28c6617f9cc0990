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
        if isNewVisit(visitId), try insertNew(line, id: id) { return }
        guard try visitExists(visitId) else {
            // Its visit was deleted, and it with it (a bundle HQ took before this older one).
            if try buried(id, revision: line.integer("revision") ?? 0) { return count(Attachment.recordType, \.older) }
            throw SyncError.badFile(bundle.fileName, .unknownVisit(recordType: Attachment.recordType, recordId: id, visitId: visitId))
        }
        let attachment = try line.record(Attachment.self)
        try requireOwnership(attachment, ownerVisit: visitId)
        try mergeOwned(attachment, originId: visitId)
    }

    /// The bundle's attachment files, already placed in HQ's store by the importer, recorded in
    /// the same transaction as the records. A file several bundles carried (a full export re-sends
    /// every file; two laptops may attach the same photo) names the earliest made of them (its
    /// `createdAt`, then its id), so the row does not depend on the order HQ imported them in;
    /// `storedAt` stays when HQ first stored the file.
    func recordAttachmentFiles() throws {
        for file in bundle.attachmentFiles.values.sorted(by: { $0.sha256 < $1.sha256 }) {
            try db.cachedStatement(sql: """
                INSERT INTO attachmentFile (sha256, size, storedAt, exportedBundleId) VALUES (?, ?, ?, ?)
                ON CONFLICT(sha256) DO UPDATE SET exportedBundleId = excluded.exportedBundleId
                WHERE (SELECT createdAt, id FROM hqBundle WHERE id = attachmentFile.exportedBundleId) > (?, ?)
                """).execute(arguments: [file.sha256, file.size, change.now, bundle.bundleId,
                                         bundle.createdAt, bundle.bundleId])
        }
    }
}
