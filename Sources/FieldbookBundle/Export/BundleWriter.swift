import FieldbookCore
import Foundation

/// Writes one bundle file in a run directory of the work area: the records of one snapshot
/// streamed into entry files, the attachment files not sent before, the signed manifest, the zip,
/// and (with a recipient) the sealed envelope. Used for a new export and to write an interrupted
/// export's bundle again.
struct BundleWriter {
    let database: AppDatabase
    let key: DeviceKey
    let directory: URL

    struct Written {
        var file: URL
        var header: ExportHeader
        var counts: [BundleFile: Int]
        /// The SHA-256s of the attachment files in the bundle.
        var attachmentFiles: [String]
    }

    /// `through` fixes the change range (a pending bundle written again); nil takes the snapshot's.
    /// An empty bundle is refused (`nothingToExport`) unless `allowEmpty`: a pending bundle written
    /// again keeps its sequence number even if everything in it has changed since.
    func write(scope: ExportScope, bundleId: String, createdAt: Timestamp, encryptTo: String?, through: Int64? = nil,
               allowEmpty: Bool = false, progress: (ExportProgress) -> Void) throws -> Written {
        let streamed = try withoutActuallyEscaping(progress) { progress in
            try database.readForExport(scope: scope, through: through) { session in
                try RecordStreamer(session: session, directory: directory, progress: progress)
                    .writeAll(allowEmpty: allowEmpty, bundleId: bundleId)
            }
        }
        let header = streamed.header
        let files = try attachmentEntries(streamed.attachmentFiles)
        let manifest = BundleManifest(
            format: BundleManifest.formatName, formatVersion: BundleManifest.currentVersion, bundleId: bundleId,
            deviceId: header.deviceId, devicePublicKey: key.publicKeyText,
            inspector: .init(id: header.inspector.id, name: header.inspector.name, district: header.inspector.district),
            createdAt: createdAt, sequence: header.sequence, previousBundleId: header.previousBundleId,
            scope: scopeInfo(scope, header),
            counts: Dictionary(uniqueKeysWithValues: streamed.counts.map { ($0.stem, $1) }),
            entries: streamed.entries.map { $0.0 } + files.map { $0.0 })
        let manifestData = try BundleManifest.encoder().encode(manifest)
        let signature = Data(try key.sign(manifestData).base64EncodedString().utf8)
        progress(ExportProgress(phase: .packing, completed: 0, total: 0))
        let zip = directory.appendingPathComponent("bundle.zip")
        try BundleZip.write(to: zip, manifest: manifestData, signature: signature,
                            files: streamed.entries.map(\.1), stored: files.map { ($0.0.path, $0.1) },
                            modified: createdAt.date)
        try ExtractionLimits.standard.checkWritten(zip)
        var packed = zip
        if let encryptTo {
            progress(ExportProgress(phase: .encrypting, completed: 0, total: 0))
            packed = directory.appendingPathComponent("bundle.fbsealed")
            try SealedEnvelope.seal(input: zip, output: packed, recipient: encryptTo)
        }
        return Written(file: packed, header: header, counts: streamed.counts,
                       attachmentFiles: streamed.attachmentFiles.map(\.sha256))
    }

    /// The manifest entries of the attachment files, read from the store beside the database and
    /// checked: a file that is missing or whose bytes no longer match its name stops the export
    /// here, rather than HQ refusing the bundle later.
    private func attachmentEntries(_ files: [(sha256: String, size: Int64)]) throws -> [(BundleManifest.Entry, URL)] {
        let store = AttachmentStore.directory(forDatabase: database.path)
        return try files.map { file in
            let url = store.appendingPathComponent(file.sha256)
            let digest: String
            do { digest = try FileDigest.sha256(of: url) } catch {
                throw SyncError.attachmentDamaged(sha256: file.sha256, path: url.path)
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int64) ?? -1
            guard digest == file.sha256, size == file.size else {
                throw SyncError.attachmentDamaged(sha256: file.sha256, path: url.path)
            }
            return (BundleManifest.Entry(path: BundleFile.attachmentPath(file.sha256), size: file.size, sha256: file.sha256), url)
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
