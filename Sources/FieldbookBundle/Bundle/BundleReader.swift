import FieldbookCore
import Foundation

/// Opens a bundle file: decrypts it when sealed, extracts it safely, checks version, signature
/// and every checksum, and decodes every line. The result is trusted content; whether its
/// signer is trusted is the importer's decision.
public enum BundleReader {
    /// `isKnown` is asked with the (verified) bundle id: a bundle HQ already imported is not
    /// parsed again, since merging it would change nothing. Attachment files go to `spool`
    /// (by default only hashed); the caller places or discards them.
    public static func read(_ url: URL, decryptWith keyring: HQKeyring?, limits: ExtractionLimits = .standard,
                            spool: AttachmentSpool = AttachmentSpool(directory: nil),
                            isKnown: (String) throws -> Bool = { _ in false }) throws -> IncomingBundle {
        let file = url.lastPathComponent
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SyncError.badFile(file, .unreadable((error as NSError).localizedDescription))
        }
        guard !SealedEnvelope.isSealed(data) else {
            return try read(data, file: file, decryptWith: keyring, limits: limits, spool: spool, isKnown: isKnown)
        }
        let entries = try SafeExtractor.extract(data, storedAt: url, file: file, limits: limits, spool: spool)
        var archive = try SignedArchive.open(entries: entries, file: file, format: BundleManifest.formatName,
                                             kindName: "bundle", supportedVersion: BundleManifest.currentVersion)
        archive.spooled = spool.files
        return try read(archive, isKnown: isKnown)
    }

    public static func read(_ raw: Data, file: String, decryptWith keyring: HQKeyring?, limits: ExtractionLimits = .standard,
                            spool: AttachmentSpool = AttachmentSpool(directory: nil),
                            isKnown: (String) throws -> Bool = { _ in false }) throws -> IncomingBundle {
        var data = raw
        if SealedEnvelope.isSealed(raw) {
            guard let keyring else { throw SyncError.badFile(file, .sealedButNoKey) }
            data = try SealedEnvelope.open(raw, privateKey: keyring.agreement, file: file)
        }
        return try read(SignedArchive.open(data, file: file, format: BundleManifest.formatName, kindName: "bundle",
                                           supportedVersion: BundleManifest.currentVersion, limits: limits,
                                           spool: spool),
                        isKnown: isKnown)
    }

    /// Checks the manifest, signature and checksums of an extracted bundle, then parses its lines.
    private static func read(_ archive: SignedArchive, isKnown: (String) throws -> Bool) throws -> IncomingBundle {
        let file = archive.file
        let manifest = try archive.decodeManifest(BundleManifest.self)
        try archive.verify(signer: manifest.devicePublicKey)
        var bundle = IncomingBundle(
            fileName: file, bundleId: manifest.bundleId, deviceId: manifest.deviceId,
            devicePublicKey: manifest.devicePublicKey,
            inspector: Inspector(id: manifest.inspector.id, name: manifest.inspector.name, district: manifest.inspector.district),
            sequence: manifest.sequence, previousBundleId: manifest.previousBundleId, createdAt: manifest.createdAt)
        if try isKnown(manifest.bundleId) { return bundle }
        let lines = LineDecoder(archive: archive, manifest: manifest)
        bundle.enterprises = try lines.decode(.enterprises)
        bundle.referencedEnterprises = try lines.decode(.referencedEnterprises)
        bundle.visits = try lines.decode(.visits)
        bundle.answers = try lines.decode(.answers)
        bundle.recommendations = try lines.decode(.recommendations)
        bundle.auditEvents = try lines.decode(.auditEvents)
        bundle.tombstones = try lines.decode(.tombstones)
        bundle.attachments = try lines.decode(.attachments)
        for file in archive.spooled.values { bundle.attachmentFiles[file.sha256] = file }
        return bundle
    }
}

/// Parses one JSON Lines entry, naming the entry and line of the first bad record.
struct LineDecoder {
    let archive: SignedArchive
    let manifest: BundleManifest

    func decode(_ file: BundleFile) throws -> [LineValues] {
        guard let data = archive.entries[file.rawValue] else {
            // A bundle from before the file existed lacks it; it must then declare none.
            if file.isOptional, (manifest.counts[file.stem] ?? 0) == 0 { return [] }
            throw SyncError.badFile(archive.file, .missingEntry(file.rawValue))
        }
        var records: [LineValues] = []
        records.reserveCapacity(manifest.counts[file.stem] ?? 0)
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineNumber = 0
            var start = 0
            while start < bytes.count {
                lineNumber += 1
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                defer { start = end + 1 }
                if end == start { continue }
                guard end - start <= TextLimits.maxLineBytes else {
                    throw SyncError.badFile(archive.file, .lineTooLong(entry: file.rawValue, line: lineNumber,
                                                                       limit: TextLimits.maxLineBytes))
                }
                do {
                    let record = try JSONLineParser.parse(UnsafeBufferPointer(rebasing: bytes[start..<end]), as: file.layout)
                    try checkLimits(record, file: file, line: lineNumber)
                    records.append(record)
                } catch let problem as LineProblem {
                    throw SyncError.badFile(archive.file, .invalidLine(entry: file.rawValue, line: lineNumber,
                                                                        detail: problem.detail))
                }
            }
        }
        let declared = manifest.counts[file.stem] ?? 0
        guard declared == records.count else {
            throw SyncError.badFile(archive.file, .countMismatch(entry: file.rawValue, declared: declared, found: records.count))
        }
        return records
    }

    /// Every text field within `TextLimits` (the same numbers as the interface, the CSV import
    /// and the JSON Schemas); the first one over names the record and field.
    private func checkLimits(_ record: LineValues, file: BundleFile, line: Int) throws {
        let table = record.layout.table
        func refuse(_ field: String, _ limit: Int, _ found: Int) -> SyncError {
            .badFile(archive.file, .fieldTooLong(entry: file.rawValue, line: line, recordId: record.text("id") ?? "",
                                                 field: field, limit: limit, found: found))
        }
        for (field, limit) in TextLimits.fields[table] ?? [:] {
            if let text = record.text(field), TextLimits.length(text) > limit {
                throw refuse(field, limit, TextLimits.length(text))
            }
        }
        for (field, limit) in TextLimits.lists[table] ?? [:] {
            guard let json = record.text(field),
                  let items = try? JSONDecoder().decode([String].self, from: Data(json.utf8)) else { continue }
            if items.count > limit.items { throw refuse(field + " (items)", limit.items, items.count) }
            if let long = items.first(where: { TextLimits.length($0) > limit.each }) {
                throw refuse(field, limit.each, TextLimits.length(long))
            }
        }
    }
}
