import FieldbookCore
import Foundation

/// Opens a bundle file: decrypts it when sealed, extracts it safely, checks version, signature
/// and every checksum. The result is trusted content; whether its signer is trusted is the
/// importer's decision.
///
/// `open` leaves the records in the file: `IncomingBundle.forEachBatch` streams them, entry by
/// entry, in batches, so an import's memory does not grow with the bundle (docs/performance.md).
/// `read` decodes every line at once (tests, tools). Attachment files go to `spool` as the zip is
/// checked (by default only hashed); the caller places or discards them.
public enum BundleReader {
    /// `isKnown` is asked with the (verified) bundle id: a bundle HQ already imported is not
    /// parsed again, since merging it would change nothing.
    public static func open(_ url: URL, decryptWith keyring: HQKeyring?, limits: ExtractionLimits = .standard,
                            spool: AttachmentSpool = AttachmentSpool(directory: nil),
                            isKnown: (String) throws -> Bool = { _ in false }) throws -> IncomingBundle {
        let file = url.lastPathComponent
        let bytes: ArchiveBytes, prefix: Data
        do {
            bytes = try ArchiveBytes.file(url)
            prefix = try bytes.reader().read(0..<16)
        } catch {
            throw SyncError.badFile(file, .unreadable((error as NSError).localizedDescription))
        }
        var zipBytes = bytes, zipURL = url
        if SealedEnvelope.isSealed(prefix) {
            // Decrypted chunk by chunk into a private temporary file, read in place like any zip
            // and removed when the bundle is done with.
            guard let keyring else { throw SyncError.badFile(file, .sealedButNoKey) }
            let plain = try SealedEnvelope.open(url, privateKey: keyring.agreement, file: file)
            zipBytes = try ArchiveBytes.file(plain.url, owner: plain)
            zipURL = plain.url
        }
        let zip = try SafeExtractor.scan(zipBytes, storedAt: zipURL, file: file, limits: limits, spool: spool,
                                           keepIfSmall: isRecordFile, keep: isHeader)
        return try open(SignedArchive.open(zip, file: file, format: BundleManifest.formatName, kindName: "bundle",
                                           supportedVersion: BundleManifest.currentVersion), spool: spool, isKnown: isKnown)
    }

    public static func open(_ raw: Data, file: String, decryptWith keyring: HQKeyring?, limits: ExtractionLimits = .standard,
                            spool: AttachmentSpool = AttachmentSpool(directory: nil),
                            isKnown: (String) throws -> Bool = { _ in false }) throws -> IncomingBundle {
        var data = raw
        if SealedEnvelope.isSealed(raw) {
            guard let keyring else { throw SyncError.badFile(file, .sealedButNoKey) }
            data = try SealedEnvelope.open(raw, privateKey: keyring.agreement, file: file)
        }
        let zip = try SafeExtractor.withStoredCopy(data, file: file) { copy in
            try SafeExtractor.scan(.memory(data), storedAt: copy, file: file, limits: limits, spool: spool,
                                           keepIfSmall: isRecordFile, keep: isHeader)
        }
        return try open(SignedArchive.open(zip, file: file, format: BundleManifest.formatName, kindName: "bundle",
                                           supportedVersion: BundleManifest.currentVersion), spool: spool, isKnown: isKnown)
    }

    /// Every line decoded (a bundle small enough to hold).
    public static func read(_ url: URL, decryptWith keyring: HQKeyring?, limits: ExtractionLimits = .standard,
                            spool: AttachmentSpool = AttachmentSpool(directory: nil),
                            isKnown: (String) throws -> Bool = { _ in false }) throws -> IncomingBundle {
        try open(url, decryptWith: keyring, limits: limits, spool: spool, isKnown: isKnown).decodedWhole()
    }

    public static func read(_ raw: Data, file: String, decryptWith keyring: HQKeyring?, limits: ExtractionLimits = .standard,
                            spool: AttachmentSpool = AttachmentSpool(directory: nil),
                            isKnown: (String) throws -> Bool = { _ in false }) throws -> IncomingBundle {
        try open(raw, file: file, decryptWith: keyring, limits: limits, spool: spool, isKnown: isKnown).decodedWhole()
    }

    /// The entries kept in memory while scanning: the manifest and its signature.
    private static func isHeader(_ name: String) -> Bool { name == BundleFile.manifest || name == BundleFile.signature }

    /// The entries the merge reads, kept from the scan when small (`ExtractionLimits.keptEntryBytes`).
    private static func isRecordFile(_ name: String) -> Bool { BundleFile(rawValue: name) != nil }

    /// Checks the manifest, signature and checksums of a scanned bundle; its lines are read later.
    private static func open(_ archive: SignedArchive, spool: AttachmentSpool,
                             isKnown: (String) throws -> Bool) throws -> IncomingBundle {
        let file = archive.file
        let manifest = try archive.decodeManifest(BundleManifest.self)
        try archive.verify(signer: manifest.devicePublicKey)
        var bundle = IncomingBundle(
            fileName: file, bundleId: manifest.bundleId, deviceId: manifest.deviceId,
            devicePublicKey: manifest.devicePublicKey,
            inspector: Inspector(id: manifest.inspector.id, name: manifest.inspector.name, district: manifest.inspector.district),
            sequence: manifest.sequence, previousBundleId: manifest.previousBundleId, createdAt: manifest.createdAt)
        if try isKnown(manifest.bundleId) { return bundle }
        for file in BundleFile.allCases where archive.zip.entries[file.rawValue] == nil {
            // A bundle from before the file existed lacks it; it must then declare none.
            if file.isOptional, (manifest.counts[file.stem] ?? 0) == 0 { continue }
            throw SyncError.badFile(archive.file, .missingEntry(file.rawValue))
        }
        bundle.source = LineDecoder(archive: archive, counts: manifest.counts)
        for file in spool.files.values { bundle.attachmentFiles[file.sha256] = file }
        return bundle
    }
}

/// Parses one JSON Lines entry as it is inflated, a batch of records at a time, naming the entry
/// and line of the first bad record. What it holds at once is bounded whatever the entry's size:
/// one inflated piece (64 KiB), the unfinished line carried over (at most
/// `TextLimits.maxLineBytes`, or the line is refused), and one batch of records.
struct LineDecoder: Sendable {
    let archive: SignedArchive
    let counts: [String: Int]

    /// What reading one entry held at most, for the tests that prove it streams.
    struct Statistics: Sendable {
        var lines = 0
        var largestBuffer = 0
        var largestBatch = 0
    }

    @discardableResult
    func forEachBatch(_ file: BundleFile, size batchSize: Int, _ body: ([LineValues]) throws -> Void) throws -> Statistics {
        var statistics = Statistics()
        // An optional file an older bundle lacks (`BundleReader.open` checked it declares none).
        if file.isOptional, archive.zip.entries[file.rawValue] == nil { return statistics }
        var batch: [LineValues] = []
        batch.reserveCapacity(min(batchSize, counts[file.stem] ?? 0))
        var pending: [UInt8] = []
        var lineNumber = 0
        func take(_ line: UnsafeBufferPointer<UInt8>) throws {
            lineNumber += 1
            if line.isEmpty { return }
            guard line.count <= TextLimits.maxLineBytes else {
                throw SyncError.badFile(archive.file, .lineTooLong(entry: file.rawValue, line: lineNumber,
                                                                   limit: TextLimits.maxLineBytes))
            }
            do {
                let record = try JSONLineParser.parse(line, as: file.layout)
                try checkLimits(record, file: file, line: lineNumber)
                batch.append(record)
            } catch let problem as LineProblem {
                throw SyncError.badFile(archive.file, .invalidLine(entry: file.rawValue, line: lineNumber, detail: problem.detail))
            }
            statistics.lines += 1
            if batch.count >= batchSize { try flush() }
        }
        func flush() throws {
            guard !batch.isEmpty else { return }
            statistics.largestBatch = max(statistics.largestBatch, batch.count)
            try body(batch)
            batch.removeAll(keepingCapacity: true)
        }
        try archive.stream(file.rawValue) { chunk in
            try chunk.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                let bytes = raw.bindMemory(to: UInt8.self)
                statistics.largestBuffer = max(statistics.largestBuffer, pending.count + bytes.count)
                var start = 0
                while let newline = bytes[start...].firstIndex(of: 0x0A) {
                    if pending.isEmpty {
                        try take(UnsafeBufferPointer(rebasing: bytes[start..<newline]))
                    } else {
                        pending.append(contentsOf: bytes[start..<newline])
                        try pending.withUnsafeBufferPointer { try take($0) }
                        pending.removeAll(keepingCapacity: true)
                    }
                    start = newline + 1
                }
                pending.append(contentsOf: bytes[start...])
                // An unfinished line already over the limit is refused now, not held on to.
                if pending.count > TextLimits.maxLineBytes {
                    throw SyncError.badFile(archive.file, .lineTooLong(entry: file.rawValue, line: lineNumber + 1,
                                                                       limit: TextLimits.maxLineBytes))
                }
            }
        }
        if !pending.isEmpty { try pending.withUnsafeBufferPointer { try take($0) } }
        try flush()
        let declared = counts[file.stem] ?? 0
        guard declared == statistics.lines else {
            throw SyncError.badFile(archive.file, .countMismatch(entry: file.rawValue, declared: declared, found: statistics.lines))
        }
        return statistics
    }

    func decode(_ file: BundleFile) throws -> [LineValues] {
        var records: [LineValues] = []
        records.reserveCapacity(counts[file.stem] ?? 0)
        try forEachBatch(file, size: 4096) { records += $0 }
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
