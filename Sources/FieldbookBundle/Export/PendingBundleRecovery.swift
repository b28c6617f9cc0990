import FieldbookCore
import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// Publishing and recording a pending bundle, and finishing one an interrupted export left
/// (docs/bundle-format.md, "Pending bundle"). Runs under the export lock.
///
/// A pending bundle is noted in the database before its file is published, and the note goes in
/// the transaction that records the export. A note found later means the export was killed
/// between the two: a file at the noted name with the noted SHA-256 is that bundle and is
/// recorded; a missing file is written again — the kept copy's bytes, or failing that the same
/// id, sequence and change range — and then recorded. A different file at that name is never
/// touched. Everything else in the work area is a killed export's leftover and is removed.
struct PendingBundleRecovery {
    let database: AppDatabase
    let key: DeviceKey
    let work: ExportWorkArea

    /// Finishes the pending bundle, if any, and clears the work area. `directory` is where the
    /// current export writes; nil at start-up, when a missing file is written again only into the
    /// directory it was going to, and only if that directory is there.
    func finish(into directory: URL?, checkpoint: (@Sendable (ExportCheckpoint) -> Void)?) throws -> ExportResult? {
        guard var pending = try database.pendingBundle() else {
            work.removeLeftovers()
            return nil
        }
        let kept = work.keptCopy(of: pending.bundleId)
        work.removeLeftovers(keeping: kept)
        let recorded = try database.pendingExport().lastSequence
        guard recorded == pending.sequence - 1 else {
            // Recorded after all (or the cursor was moved by other means): nothing left to do.
            try database.discardPendingBundle(pending.bundleId)
            work.removeLeftovers()
            return nil
        }
        let noted = URL(fileURLWithPath: pending.directory, isDirectory: true)
        removePart(of: pending, in: noted)

        let original = noted.appendingPathComponent(pending.fileName)
        if FileManager.default.fileExists(atPath: original.path) {
            guard try FileDigest.sha256(of: original) == pending.sha256 else {
                throw SyncError.pendingNameTaken(original.path, sequence: pending.sequence)
            }
            return try record(pending, at: original, kept: kept)
        }
        let target: URL
        if let directory {
            target = directory
        } else {
            guard FileManager.default.fileExists(atPath: noted.path) else { return nil }
            target = noted
        }
        if target.path != noted.path {
            removePart(of: pending, in: target)
            let there = target.appendingPathComponent(pending.fileName)
            if FileManager.default.fileExists(atPath: there.path) {
                guard try FileDigest.sha256(of: there) == pending.sha256 else {
                    throw SyncError.pendingNameTaken(there.path, sequence: pending.sequence)
                }
                return try record(pending, at: there, kept: kept)
            }
            pending.directory = target.path
        }
        let hasKeptCopy = FileManager.default.fileExists(atPath: kept.path)
            && (try? FileDigest.sha256(of: kept)) == pending.sha256
        if !hasKeptCopy {
            guard let rewritten = try writeAgain(pending, to: kept) else { return nil }
            pending = rewritten
        }
        try database.savePendingBundle(pending)
        var result = try publishAndRecord(pending, from: kept, checkpoint: checkpoint)
        result.finishedInterrupted = true
        return result
    }

    /// Publishes `kept` as the pending bundle's file and records the export. When the file cannot
    /// be published (the name is taken, the disk is full) nothing was placed: the note is dropped
    /// and the next export starts afresh. Once the file is in place it is never removed.
    func publishAndRecord(_ pending: PendingBundle, from kept: URL,
                          checkpoint: (@Sendable (ExportCheckpoint) -> Void)?) throws -> ExportResult {
        checkpoint?(.beforePublish)
        let final = URL(fileURLWithPath: pending.directory, isDirectory: true).appendingPathComponent(pending.fileName)
        let bytes: Int64
        do {
            bytes = try NoReplacePublish.publish(kept, as: final, partName: Self.partName(of: pending))
        } catch {
            do { try database.discardPendingBundle(pending.bundleId) } catch let cleanup {
                // The next export finds the note again and retries the publish: harmless, but say so.
                exportLog.warning("pending bundle note not discarded", metadata: ["bundle": "\(pending.bundleId)", "error": "\(LogDescription.of(cleanup))"])
            }
            removeKeptCopy(kept)
            throw error
        }
        checkpoint?(.afterPublish)
        do {
            try database.recordExport(of: pending, bytes: bytes)
        } catch {
            let reason = (error as? any UserFacingError)?.message(in: .en) ?? String(describing: error)
            throw SyncError.exportNotRecorded(final.path, reason: reason)
        }
        removeKeptCopy(kept)
        return result(pending, at: final, bytes: bytes)
    }

    /// `NAME.<first 8 of the bundle id>.part`: the copy beside the final name while a bundle is
    /// published across file systems.
    static func partName(of pending: PendingBundle) -> String {
        pending.fileName + "." + pending.bundleId.lowercased().prefix(8) + ".part"
    }

    /// The work area's copy is only a spare once the bundle is published (or given up): a failure
    /// to remove it costs disk space, never data, so it is logged rather than shown.
    private func removeKeptCopy(_ kept: URL) {
        do { try FileManager.default.removeItem(at: kept) } catch let error as CocoaError where error.code == .fileNoSuchFile {
            return
        } catch {
            exportLog.warning("kept copy not removed", metadata: ["file": "\(kept.lastPathComponent)", "error": "\(LogDescription.of(error))"])
        }
    }

    private func removePart(of pending: PendingBundle, in directory: URL) {
        unlink(directory.appendingPathComponent(Self.partName(of: pending)).path)
    }

    private func record(_ pending: PendingBundle, at file: URL, kept: URL) throws -> ExportResult {
        let bytes = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.int64Value ?? 0
        var found = pending
        found.directory = file.deletingLastPathComponent().path
        try database.recordExport(of: found, bytes: bytes)
        removeKeptCopy(kept)
        work.removeLeftovers()
        var result = result(pending, at: file, bytes: bytes)
        result.finishedInterrupted = true
        return result
    }

    /// Writes the pending bundle again (same id, sequence, creation time and change range) when
    /// no copy of it is left; nil (note dropped) when the database has moved on from it.
    private func writeAgain(_ pending: PendingBundle, to kept: URL) throws -> PendingBundle? {
        let run = try work.makeRunDirectory()
        defer { try? FileManager.default.removeItem(at: run) }
        let written = try BundleWriter(database: database, key: key, directory: run)
            .write(scope: pending.scope, bundleId: pending.bundleId, createdAt: pending.createdAt,
                   encryptTo: pending.encryptTo, through: pending.through, allowEmpty: true, progress: { _ in })
        guard written.header.sequence == pending.sequence, written.header.previousBundleId == pending.previousBundleId else {
            try database.discardPendingBundle(pending.bundleId)
            return nil
        }
        removeKeptCopy(kept)
        try FileManager.default.moveItem(at: written.file, to: kept)
        try database.noteAttachmentFilesSent(written.attachmentFiles, bundleId: pending.bundleId)
        var again = pending
        again.sha256 = try FileDigest.sha256(of: kept)
        again.counts = Dictionary(uniqueKeysWithValues: written.counts.map { ($0.stem, $1) })
        return again
    }

    private func result(_ pending: PendingBundle, at file: URL, bytes: Int64) -> ExportResult {
        var counts: [BundleFile: Int] = [:]
        for file in BundleFile.allCases { counts[file] = pending.counts[file.stem] ?? 0 }
        return ExportResult(path: file.path, bundleId: pending.bundleId, sequence: pending.sequence, counts: counts,
                            bytes: bytes, encrypted: pending.encryptTo != nil)
    }
}
