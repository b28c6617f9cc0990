import FieldbookCore
import Foundation

/// Opens a bundle file: decrypts it when sealed, extracts it safely, checks version, signature
/// and every checksum, and decodes every line. The result is trusted content; whether its
/// signer is trusted is the importer's decision.
public enum BundleReader {
    public static func read(_ url: URL, decryptWith keyring: HQKeyring?,
                            limits: ExtractionLimits = .standard) throws -> IncomingBundle {
        let file = url.lastPathComponent
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SyncError.badFile(file, .unreadable((error as NSError).localizedDescription))
        }
        return try read(data, file: file, decryptWith: keyring, limits: limits)
    }

    public static func read(_ raw: Data, file: String, decryptWith keyring: HQKeyring?,
                            limits: ExtractionLimits = .standard) throws -> IncomingBundle {
        var data = raw
        if SealedEnvelope.isSealed(raw) {
            guard let keyring else { throw SyncError.badFile(file, .sealedButNoKey) }
            data = try SealedEnvelope.open(raw, privateKey: keyring.agreement, file: file)
        }
        let archive = try SignedArchive.open(data, file: file, format: BundleManifest.formatName, kindName: "bundle",
                                             supportedVersion: BundleManifest.currentVersion, limits: limits)
        let manifest = try archive.decodeManifest(BundleManifest.self)
        try archive.verify(signer: manifest.devicePublicKey)
        var bundle = IncomingBundle(
            fileName: file, bundleId: manifest.bundleId, deviceId: manifest.deviceId,
            devicePublicKey: manifest.devicePublicKey,
            inspector: Inspector(id: manifest.inspector.id, name: manifest.inspector.name, district: manifest.inspector.district),
            sequence: manifest.sequence, previousBundleId: manifest.previousBundleId, createdAt: manifest.createdAt)
        let lines = LineDecoder(archive: archive, manifest: manifest)
        bundle.enterprises = try lines.decode(.enterprises, as: ChangedEnterprise.self)
        bundle.referencedEnterprises = try lines.decode(.referencedEnterprises, as: Enterprise.self)
        bundle.visits = try lines.decode(.visits, as: SiteVisit.self)
        bundle.answers = try lines.decode(.answers, as: Answer.self)
        bundle.recommendations = try lines.decode(.recommendations, as: Recommendation.self)
        bundle.auditEvents = try lines.decode(.auditEvents, as: AuditEvent.self)
        bundle.tombstones = try lines.decode(.tombstones, as: Tombstone.self)
        return bundle
    }
}

/// Decodes one JSON Lines entry, naming the entry and line of the first bad record.
struct LineDecoder {
    let archive: SignedArchive
    let manifest: BundleManifest

    func decode<T: Decodable>(_ file: BundleFile, as type: T.Type) throws -> [T] {
        guard let data = archive.entries[file.rawValue] else {
            throw SyncError.badFile(archive.file, .missingEntry(file.rawValue))
        }
        let decoder = JSONDecoder()
        var records: [T] = []
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty { continue }
            do { records.append(try decoder.decode(T.self, from: line)) } catch {
                throw SyncError.badFile(archive.file, .invalidLine(entry: file.rawValue, line: lineNumber,
                                                                    detail: SignedArchive.describe(error)))
            }
        }
        let declared = manifest.counts[file.stem] ?? 0
        guard declared == records.count else {
            throw SyncError.badFile(archive.file, .countMismatch(entry: file.rawValue, declared: declared, found: records.count))
        }
        return records
    }
}
