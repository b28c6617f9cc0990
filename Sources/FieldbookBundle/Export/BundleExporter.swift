import FieldbookCore
import Foundation

/// Writes end-of-day bundles (docs/bundle-format.md, "Writing a bundle"). Under the database's
/// export lock: first an interrupted export's bundle is finished and a killed export's leftovers
/// are removed; then the records are read in one snapshot and streamed into entry files in the
/// private work area beside the database; the zip is built there and noted in the database as
/// pending (id, sequence, name, SHA-256); it is published at its final name without ever
/// replacing a file; only then is the export recorded (and the cursor advanced, and the pending
/// note cleared, in one transaction). A failure before publishing leaves no bundle file and the
/// cursor where it was; a kill after it is finished by the next export or start.
public struct BundleExporter: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    /// Exports per `options`, reporting progress along the way (on the calling thread).
    public func export(_ options: ExportOptions, progress: (ExportProgress) -> Void = { _ in }) throws -> ExportResult {
        let key = try DeviceKeyStore.ensureKey(for: database)
        if let recipient = options.encryptTo { _ = try PublicKeyText.agreementKey(recipient) }
        let directory = options.outputDirectory.standardizedFileURL
        try OutputDirectory.check(directory)
        let lock = try ExportLock.acquire(databasePath: database.writer.path)
        defer { withExtendedLifetime(lock) {} }
        let work = ExportWorkArea(databasePath: database.writer.path)
        defer { work.removeIfEmpty() }
        do {
            let recovery = PendingBundleRecovery(database: database, key: key, work: work)
            let earlier = try recovery.finish(into: directory, checkpoint: options.checkpoint)
            progress(ExportProgress(phase: .reading, completed: 0, total: 0))
            let run = try work.makeRunDirectory()
            defer { try? FileManager.default.removeItem(at: run) }

            let bundleId = RecordID.make()
            let createdAt = database.clock.timestamp()
            let written: BundleWriter.Written
            do {
                written = try BundleWriter(database: database, key: key, directory: run)
                    .write(scope: options.scope, bundleId: bundleId, createdAt: createdAt, encryptTo: options.encryptTo,
                           progress: progress)
            } catch SyncError.nothingToExport where earlier != nil {
                // Nothing new, but the interrupted export's bundle went out: that is this export.
                progress(ExportProgress(phase: .finished, completed: 1, total: 1))
                return earlier!
            }
            progress(ExportProgress(phase: .writingFile, completed: 0, total: 0))
            let header = written.header
            let name = BundleFileName.make(date: database.clock.today(), deviceId: header.deviceId,
                                           sequence: header.sequence, sealed: options.encryptTo != nil)
            let kept = work.keptCopy(of: bundleId)
            try FileManager.default.moveItem(at: written.file, to: kept)
            let pending = PendingBundle(
                bundleId: bundleId, sequence: header.sequence, fileName: name, directory: directory.path,
                sha256: try FileDigest.sha256(of: kept), scope: options.scope, after: header.after, through: header.through,
                previousBundleId: header.previousBundleId, createdAt: createdAt, encryptTo: options.encryptTo,
                counts: Dictionary(uniqueKeysWithValues: written.counts.map { ($0.stem, $1) }))
            try database.savePendingBundle(pending)
            try database.noteAttachmentFilesSent(written.attachmentFiles, bundleId: bundleId)
            var result = try recovery.publishAndRecord(pending, from: kept, checkpoint: options.checkpoint)
            result.finishedEarlier = earlier.map { [$0] } ?? []
            progress(ExportProgress(phase: .finished, completed: 1, total: 1))
            return result
        } catch let error as any UserFacingError {
            throw error
        } catch {
            throw OutputDirectory.classify(error, path: directory.path)
        }
    }

    /// At start-up: finishes an interrupted export's bundle in the directory it was going to
    /// (when that directory is there) and removes a killed export's leftovers. Does nothing while
    /// another export runs. Returns the bundle finished, if any.
    public func finishInterruptedExport() throws -> ExportResult? {
        guard ExportWorkArea.isFile(database.writer.path) else { return nil }
        let lock: ExportLock?
        do {
            lock = try ExportLock.acquire(databasePath: database.writer.path)
        } catch SyncError.exportInProgress {
            return nil
        }
        defer { withExtendedLifetime(lock) {} }
        let work = ExportWorkArea(databasePath: database.writer.path)
        defer { work.removeIfEmpty() }
        let pending = try database.pendingBundle()
        guard pending != nil || FileManager.default.fileExists(atPath: work.url.path) else { return nil }
        let key = try DeviceKeyStore.ensureKey(for: database)
        do {
            return try PendingBundleRecovery(database: database, key: key, work: work).finish(into: nil, checkpoint: nil)
        } catch let error as any UserFacingError {
            throw error
        } catch {
            throw OutputDirectory.classify(error, path: pending?.directory ?? work.url.path)
        }
    }
}
