import FieldbookCore
import Foundation

/// `fieldbook import pack FILE` on a laptop: verifies the pack (signature, checksums, and the
/// signer against the HQ key this laptop pinned, or `expectedKey`), then applies it.
public enum ReferencePackReader {
    public static func read(_ url: URL, limits: ExtractionLimits = .standard) throws -> IncomingPack {
        let file = url.lastPathComponent
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SyncError.badFile(file, .unreadable((error as NSError).localizedDescription))
        }
        let archive = try SignedArchive.open(data, file: file, format: PackManifest.formatName, kindName: "reference pack",
                                             supportedVersion: PackManifest.currentVersion, limits: limits)
        let manifest = try archive.decodeManifest(PackManifest.self)
        try archive.verify(signer: manifest.signingKey)
        let lines = PackLines(archive: archive, manifest: manifest)
        return IncomingPack(packId: manifest.packId, createdAt: manifest.createdAt, signingKey: manifest.signingKey,
                            enterprises: try lines.decode(PackManifest.enterprisesFile, as: Enterprise.self),
                            templates: try lines.decode(PackManifest.templatesFile, as: PackTemplate.self),
                            devices: try lines.decode(PackManifest.devicesFile, as: PackDevice.self),
                            projects: try lines.decodeIfListed(PackManifest.projectsFile, as: Project.self))
    }

    /// Verifies the signer, then applies the pack in one transaction.
    public static func importPack(_ url: URL, into database: AppDatabase, expectedKey: String? = nil) throws -> PackReport {
        let pack = try read(url)
        let pinned = try database.pinnedHQKey() ?? expectedKey
        if let pinned, pinned.trimmingCharacters(in: .whitespacesAndNewlines) != pack.signingKey {
            throw SyncError.badFile(url.lastPathComponent, .untrustedPackSigner(
                found: PublicKeyText.fingerprint(pack.signingKey), pinned: PublicKeyText.fingerprint(pinned)))
        }
        return try database.applyReferencePack(pack)
    }
}

private struct PackLines {
    let archive: SignedArchive
    let manifest: PackManifest

    func decode<T: Decodable>(_ name: String, as type: T.Type) throws -> [T] {
        guard let data = archive.entries[name] else { throw SyncError.badFile(archive.file, .missingEntry(name)) }
        var records: [T] = []
        let decoder = JSONDecoder()
        for (index, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            do { records.append(try decoder.decode(T.self, from: line)) } catch {
                throw SyncError.badFile(archive.file, .invalidLine(entry: name, line: index + 1,
                                                                    detail: SignedArchive.describe(error)))
            }
        }
        let declared = manifest.counts[name] ?? 0
        guard declared == records.count else {
            throw SyncError.badFile(archive.file, .countMismatch(entry: name, declared: declared, found: records.count))
        }
        return records
    }

    /// An entry added to the format later: a pack whose manifest does not list it has none.
    func decodeIfListed<T: Decodable>(_ name: String, as type: T.Type) throws -> [T] {
        guard manifest.entries.contains(where: { $0.path == name }) else { return [] }
        return try decode(name, as: type)
    }
}
