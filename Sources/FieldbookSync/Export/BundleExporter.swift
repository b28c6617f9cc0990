import FieldbookCore
import Foundation

/// Writes end-of-day bundles. The records are read in one snapshot and streamed into entry
/// files in a hidden working directory inside the output directory; the zip is built there,
/// flushed to disk and renamed into place; only then is the export recorded (and the cursor
/// advanced). A failure at any step leaves no bundle file and the cursor where it was.
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
        let work = try OutputDirectory.makeWorkDirectory(in: directory)
        defer { try? FileManager.default.removeItem(at: work) }
        progress(ExportProgress(phase: .reading, completed: 0, total: 0))

        let bundleId = RecordID.make()
        let createdAt = database.clock.timestamp()
        do {
            let (header, entries, counts) = try withoutActuallyEscaping(progress) { progress in
                try database.readForExport(scope: options.scope) { session in
                    try RecordStreamer(session: session, directory: work, progress: progress).writeAll()
                }
            }
            let manifest = BundleManifest(
                format: BundleManifest.formatName, formatVersion: BundleManifest.currentVersion, bundleId: bundleId,
                deviceId: header.deviceId, devicePublicKey: key.publicKeyText,
                inspector: .init(id: header.inspector.id, name: header.inspector.name, district: header.inspector.district),
                createdAt: createdAt, sequence: header.sequence, previousBundleId: header.previousBundleId,
                scope: scopeInfo(options.scope, header), counts: Dictionary(uniqueKeysWithValues: counts.map { ($0.stem, $1) }),
                entries: entries.map { $0.0 })
            let manifestData = try BundleManifest.encoder().encode(manifest)
            let signature = Data(try key.sign(manifestData).base64EncodedString().utf8)
            progress(ExportProgress(phase: .packing, completed: 0, total: 0))
            let zip = work.appendingPathComponent("bundle.zip")
            try BundleZip.write(to: zip, manifest: manifestData, signature: signature,
                                files: entries.map { ($0.0.path, $0.1) }, modified: createdAt.date)
            var packed = zip
            if let recipient = options.encryptTo {
                progress(ExportProgress(phase: .encrypting, completed: 0, total: 0))
                packed = work.appendingPathComponent("bundle.fbsealed")
                try SealedEnvelope.seal(input: zip, output: packed, recipient: recipient)
            }
            progress(ExportProgress(phase: .writingFile, completed: 0, total: 0))
            let name = BundleFileName.make(date: database.clock.today(), deviceId: header.deviceId,
                                           sequence: header.sequence, sealed: options.encryptTo != nil)
            let final = directory.appendingPathComponent(name)
            let bytes = try AtomicPublish.publish(packed, as: final)
            do {
                try database.recordExport(header: header, scope: options.scope, bundleId: bundleId)
            } catch {
                try? FileManager.default.removeItem(at: final)
                throw error
            }
            progress(ExportProgress(phase: .finished, completed: 1, total: 1))
            return ExportResult(path: final.path, bundleId: bundleId, sequence: header.sequence,
                                counts: counts, bytes: bytes, encrypted: options.encryptTo != nil)
        } catch let error as any UserFacingError {
            throw error
        } catch {
            throw OutputDirectory.classify(error, path: directory.path)
        }
    }

    private func scopeInfo(_ scope: ExportScope, _ header: ExportHeader) -> BundleManifest.Scope {
        switch scope {
        case .sinceLastExport: .init(kind: "changes", day: nil, afterChange: header.after, throughChange: header.through)
        case .all: .init(kind: "all", day: nil, afterChange: 0, throughChange: header.through)
        case let .day(date): .init(kind: "day", day: date.description, afterChange: 0, throughChange: header.through)
        }
    }
}
