import FieldbookCore
import Foundation

/// Writes one bundle file in a run directory of the work area: the records of one snapshot
/// streamed into entry files, the signed manifest, the zip, and (with a recipient) the sealed
/// envelope. Used for a new export and to write an interrupted export's bundle again.
struct BundleWriter {
    let database: AppDatabase
    let key: DeviceKey
    let directory: URL

    struct Written {
        var file: URL
        var header: ExportHeader
        var counts: [BundleFile: Int]
    }

    /// `through` fixes the change range (a pending bundle written again); nil takes the snapshot's.
    /// An empty bundle is refused (`nothingToExport`) unless `allowEmpty`: a pending bundle written
    /// again keeps its sequence number even if everything in it has changed since.
    func write(scope: ExportScope, bundleId: String, createdAt: Timestamp, encryptTo: String?, through: Int64? = nil,
               allowEmpty: Bool = false, progress: (ExportProgress) -> Void) throws -> Written {
        let (header, entries, counts) = try withoutActuallyEscaping(progress) { progress in
            try database.readForExport(scope: scope, through: through) { session in
                try RecordStreamer(session: session, directory: directory, progress: progress).writeAll(allowEmpty: allowEmpty)
            }
        }
        let manifest = BundleManifest(
            format: BundleManifest.formatName, formatVersion: BundleManifest.currentVersion, bundleId: bundleId,
            deviceId: header.deviceId, devicePublicKey: key.publicKeyText,
            inspector: .init(id: header.inspector.id, name: header.inspector.name, district: header.inspector.district),
            createdAt: createdAt, sequence: header.sequence, previousBundleId: header.previousBundleId,
            scope: scopeInfo(scope, header), counts: Dictionary(uniqueKeysWithValues: counts.map { ($0.stem, $1) }),
            entries: entries.map { $0.0 })
        let manifestData = try BundleManifest.encoder().encode(manifest)
        let signature = Data(try key.sign(manifestData).base64EncodedString().utf8)
        progress(ExportProgress(phase: .packing, completed: 0, total: 0))
        let zip = directory.appendingPathComponent("bundle.zip")
        try BundleZip.write(to: zip, manifest: manifestData, signature: signature,
                            files: entries.map { ($0.0.path, $0.1) }, modified: createdAt.date)
        var packed = zip
        if let encryptTo {
            progress(ExportProgress(phase: .encrypting, completed: 0, total: 0))
            packed = directory.appendingPathComponent("bundle.fbsealed")
            try SealedEnvelope.seal(input: zip, output: packed, recipient: encryptTo)
        }
        return Written(file: packed, header: header, counts: counts)
    }

    private func scopeInfo(_ scope: ExportScope, _ header: ExportHeader) -> BundleManifest.Scope {
        switch scope {
        case .sinceLastExport: .init(kind: "changes", day: nil, afterChange: header.after, throughChange: header.through)
        case .all: .init(kind: "all", day: nil, afterChange: 0, throughChange: header.through)
        case let .day(date): .init(kind: "day", day: date.description, afterChange: 0, throughChange: header.through)
        }
    }
}
