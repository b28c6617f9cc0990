import Crypto
import FieldbookCore
import Foundation

/// A zip whose `manifest.json` lists the SHA-256 of every other entry and whose
/// `manifest.sig` signs the manifest's exact bytes: the shape of both bundles and reference
/// packs. Opening checks, in order: zip safety, kind and version, manifest, signature, entries.
struct SignedArchive: Sendable {
    let file: String
    let manifestData: Data
    let zip: ScannedZip

    /// The entries held in memory (every entry of a reference pack; a bundle's manifest and signature).
    var entries: [String: Data] { zip.kept }

    struct ListedEntry: Decodable {
        var path: String
        var size: Int64
        var sha256: String
    }

    private struct EntryList: Decodable { var entries: [ListedEntry] }

    /// Extracts `data` (every entry in memory) and checks kind and version; the manifest is not trusted yet.
    static func open(_ data: Data, file: String, format: String, kindName: String,
                     supportedVersion: Int, limits: ExtractionLimits,
                     spool: AttachmentSpool = AttachmentSpool(directory: nil)) throws -> SignedArchive {
        let zip = try SafeExtractor.withStoredCopy(data, file: file) { copy in
            try SafeExtractor.scan(.memory(data), storedAt: copy, file: file, limits: limits, spool: spool) { _ in true }
        }
        return try open(zip, file: file, format: format, kindName: kindName, supportedVersion: supportedVersion)
    }

    /// Checks the kind and version of a scanned zip.
    static func open(_ zip: ScannedZip, file: String, format: String, kindName: String,
                     supportedVersion: Int) throws -> SignedArchive {
        func fail(_ problem: BundleProblem) -> SyncError { .badFile(file, problem) }
        guard let manifest = zip.kept[BundleFile.manifest] else {
            throw fail(zip.entries.keys.contains { $0.hasSuffix(".jsonl") } ? .missingEntry(BundleFile.manifest) : .notABundle)
        }
        guard let preamble = try? JSONDecoder().decode(ManifestPreamble.self, from: manifest) else {
            throw fail(.invalidManifest("no format and formatVersion"))
        }
        guard preamble.format == format else {
            let known = [BundleManifest.formatName: "bundle", PackManifest.formatName: "reference pack"]
            if let other = known[preamble.format] { throw fail(.wrongKind(expected: kindName, found: other)) }
            throw fail(.notABundle)
        }
        guard preamble.formatVersion <= supportedVersion, preamble.formatVersion >= 1 else {
            throw fail(.futureVersion(found: preamble.formatVersion, supported: supportedVersion))
        }
        return SignedArchive(file: file, manifestData: manifest, zip: zip)
    }

    /// An entry's content in pieces (inflated again from the archive unless held in memory).
    func stream(_ name: String, _ consumer: (Data) throws -> Void) throws {
        try SafeExtractor.stream(zip, name, file: file, consumer: consumer)
    }

    func decodeManifest<M: Decodable>(_ type: M.Type) throws -> M {
        do { return try JSONDecoder().decode(M.self, from: manifestData) } catch {
            throw SyncError.badFile(file, .invalidManifest(Self.describe(error)))
        }
    }

    /// Checks `manifest.sig` against `signer` (an `ed25519:` key text), then every entry
    /// against the manifest; an entry the manifest does not list is refused too.
    func verify(signer: String) throws {
        func fail(_ problem: BundleProblem) -> SyncError { .badFile(file, problem) }
        guard let signatureText = entries[BundleFile.signature] else { throw fail(.missingEntry(BundleFile.signature)) }
        guard let key = try? PublicKeyText.signingKey(signer),
              let signature = Data(base64Encoded: String(decoding: signatureText, as: UTF8.self)
                                    .trimmingCharacters(in: .whitespacesAndNewlines)),
              key.isValidSignature(signature, for: manifestData) else { throw fail(.badSignature) }
        let listed = try decodeManifest(EntryList.self).entries
        var seen = Set<String>()
        for entry in listed {
            guard SafeExtractor.isSafe(entry.path), seen.insert(entry.path).inserted else {
                throw fail(.invalidManifest("entry \(entry.path)"))
            }
            // An attachment's name is its content's SHA-256: the manifest must say the same.
            if AttachmentSpool.isAttachment(entry.path), entry.path != BundleFile.attachmentPath(entry.sha256.lowercased()) {
                throw fail(.invalidManifest("entry \(entry.path)"))
            }
            guard let scanned = zip.entries[entry.path] else { throw fail(.missingEntry(entry.path)) }
            guard scanned.size == entry.size else { throw fail(.sizeMismatch(entry.path)) }
            guard scanned.sha256 == entry.sha256.lowercased() else { throw fail(.checksumMismatch(entry.path)) }
        }
        for name in zip.entries.keys where name != BundleFile.manifest && name != BundleFile.signature && !seen.contains(name) {
            throw fail(.unexpectedEntry(name))
        }
    }

    static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return String(describing: error) }
        switch decoding {
        case let .keyNotFound(key, context):
            return "missing \(path(context.codingPath + [key]))"
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case let .dataCorrupted(context):
            return context.codingPath.isEmpty ? "not JSON" : "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return String(describing: error)
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
