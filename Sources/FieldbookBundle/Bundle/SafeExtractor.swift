import CDeflate
import Crypto
import FieldbookCore
import Foundation
import ZIPFoundation

/// What safe extraction found of one entry: where its stored bytes lie, how they inflate, and
/// the inflated size and SHA-256 (checked against the signed manifest). An attachment entry's
/// content went to the bundle's `AttachmentSpool` and is never read from the zip again.
struct ScannedEntry: Sendable {
    var range: Range<Int>
    var compressed: Bool
    var size: Int64
    var sha256: String
}

/// A zip whose every entry was inflated once under `ExtractionLimits` (names, sizes, ratios,
/// CRC-32) and measured, holding in memory only the entries asked for (a bundle's manifest and
/// signature; every entry of a reference pack). Record files are inflated again, streamed, when
/// they are read (`SafeExtractor.stream`); attachment files were written to the spool as they
/// were inflated, the one pass they get.
struct ScannedZip: Sendable {
    let bytes: ArchiveBytes
    let entries: [String: ScannedEntry]
    let kept: [String: Data]
}

/// Reads a zip entry by entry under `ExtractionLimits`, refusing unsafe names (absolute, `..`,
/// backslashes, links), duplicates, and anything that inflates too far. No entry is ever held
/// whole unless asked for: each is inflated in 64 KiB pieces. Attachment entries
/// (`attachments/<sha256>`) go to an `AttachmentSpool` (hashed and, with a directory, written to
/// a temporary file) in that same pass, under the same limits.
enum SafeExtractor {
    private struct Stop: Error { let problem: BundleProblem }

    /// Every entry in memory (reference packs, tests).
    static func extract(_ data: Data, file: String, limits: ExtractionLimits,
                        spool: AttachmentSpool = AttachmentSpool(directory: nil)) throws -> [String: Data] {
        try withStoredCopy(data, file: file) { copy in
            try scan(.memory(data), storedAt: copy, file: file, limits: limits, spool: spool) { _ in true }.kept
        }
    }

    /// `data` through a private temporary file, not `Archive(data:)`: ZIPFoundation's in-memory
    /// file traps (a negative range) when a damaged header points past the end of the data, where
    /// a real file simply reads nothing (docs/reliability.md).
    static func withStoredCopy<T>(_ data: Data, file: String, _ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fieldbook-zip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("archive.zip")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            try data.write(to: copy)
        } catch {
            // No room for the copy is the reader's disk, not the file's fault.
            if let problem = StorageProblem(error) { throw SyncError.importNotStored(file, place: directory.path, problem) }
            throw SyncError.badFile(file, .unreadable((error as NSError).localizedDescription))
        }
        return try body(copy)
    }

    /// Checks every entry of the zip whose bytes are `bytes` (also the file at `url`, read by
    /// ZIPFoundation for the directory), keeping in memory the entries `keep` names, and those
    /// `keepIfSmall` names when they inflate to at most `limits.keptEntryBytes` (larger ones are
    /// read again, streamed, when asked for).
    static func scan(_ bytes: ArchiveBytes, storedAt url: URL, file: String, limits: ExtractionLimits,
                     spool: AttachmentSpool, keepIfSmall: (String) -> Bool = { _ in false },
                     keep: (String) -> Bool) throws -> ScannedZip {
        func fail(_ problem: BundleProblem) -> SyncError { .badFile(file, problem) }
        let reader = try bytes.reader()
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            let magic = (try? reader.read(0..<2)) ?? Data()
            throw fail(magic == Data("PK".utf8) ? .corruptZip("no readable central directory") : .notAZip)
        }
        guard let directory = ZipDirectory(reader, size: bytes.count) else {
            throw fail(.corruptZip("no readable central directory"))
        }
        // The names as stored (bytes read as UTF-8). ZIPFoundation reads a name without the UTF-8
        // flag as code page 437, where control bytes become symbols, so its `path` alone would let
        // a control character through to be reported as a damaged zip instead of an unsafe name.
        if let unsafe = directory.ranges.keys.sorted().first(where: { !isSafe($0) }) { throw fail(.unsafeEntryName(unsafe)) }
        var entries: [String: ScannedEntry] = [:]
        var kept: [String: Data] = [:]
        var total: Int64 = 0
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.maxEntries else { throw fail(.tooManyEntries(count)) }
            let name = entry.path
            guard isSafe(name), entry.type == .file else { throw fail(.unsafeEntryName(name)) }
            guard entries[name] == nil else { throw fail(.duplicateEntry(name)) }
            guard let range = directory.ranges[name] else { throw fail(.corruptZip("\(name): no local header")) }
            let isAttachment = AttachmentSpool.isAttachment(name)
            let keeping = keep(name) && !isAttachment
            var keepingSmall = !keeping && !isAttachment && keepIfSmall(name)
            var content = Data()
            var size: Int64 = 0
            var sha256 = ""
            /// Counts a chunk against the limits (on the bytes inflated, never the header's claim).
            func tally(_ chunk: Data) throws {
                size += Int64(chunk.count)
                if let problem = limits.problem(entry: name, inflated: size, stored: Int64(range.count), before: total) {
                    throw Stop(problem: problem)
                }
            }
            do {
                if isAttachment {
                    guard AttachmentSpool.isWellFormed(name) else { throw Stop(problem: .unsafeEntryName(name)) }
                    // The one pass an attachment gets: inflated into the spool, which hashes it.
                    try spool.spool(entry: name) { consume in
                        let checksum = try Self.inflate(reader, range, compressed: entry.isCompressed, name: name) { chunk in
                            try tally(chunk)
                            try consume(chunk)
                        }
                        guard checksum == entry.checksum else { throw Stop(problem: .corruptZip("\(name): checksum")) }
                    }
                    sha256 = spool.files[name]?.sha256 ?? ""
                } else {
                    var hasher = SHA256()
                    let checksum = try Self.inflate(reader, range, compressed: entry.isCompressed, name: name) { chunk in
                        try tally(chunk)
                        hasher.update(data: chunk)
                        if keepingSmall, content.count + chunk.count > limits.keptEntryBytes {
                            keepingSmall = false
                            content = Data()
                        }
                        if keeping || keepingSmall { content.append(chunk) }
                    }
                    guard checksum == entry.checksum else { throw Stop(problem: .corruptZip("\(name): checksum")) }
                    sha256 = HexText.lowercase(hasher.finalize())
                }
            } catch let stop as Stop {
                throw fail(stop.problem)
            } catch let error as SyncError {
                throw error
            } catch {
                // No room for a spooled file is the reader's disk, not the bundle's fault.
                if let problem = StorageProblem(error) {
                    throw SyncError.importNotStored(file, place: spool.directory?.path ?? "", problem)
                }
                throw fail(.corruptZip("\(name): \(error)"))
            }
            total += size
            entries[name] = ScannedEntry(range: range, compressed: entry.isCompressed, size: size, sha256: sha256)
            if keeping || keepingSmall { kept[name] = content }
        }
        guard count > 0 else { throw fail(.notABundle) }
        return ScannedZip(bytes: bytes, entries: entries, kept: kept)
    }

    /// Inflates one scanned entry again, in pieces, for a reader of its content. The bytes must
    /// still be those that were checked: a file changed since is refused at the end (the caller's
    /// transaction then rolls back whatever it did with the pieces).
    static func stream(_ zip: ScannedZip, _ name: String, file: String, consumer: (Data) throws -> Void) throws {
        guard let entry = zip.entries[name] else { throw SyncError.badFile(file, .missingEntry(name)) }
        if let content = zip.kept[name] {
            // Checked when it was kept; handed over in the pieces a streamed entry comes in.
            var start = content.startIndex
            repeat {
                let end = min(content.endIndex, start + piece)
                try consumer(content[start..<end])
                start = end
            } while start < content.endIndex
            return
        }
        let reader = try zip.bytes.reader()
        var hasher = SHA256()
        // The reader's own errors (a refusal, the database) pass through untouched; anything else
        // comes from inflating: the file no longer inflates as it did when it was checked.
        struct Passed: Error { let error: any Error }
        do {
            _ = try inflate(reader, entry.range, compressed: entry.compressed, name: name) { chunk in
                hasher.update(data: chunk)
                do { try consumer(chunk) } catch { throw Passed(error: error) }
            }
        } catch let passed as Passed {
            throw passed.error
        } catch let stop as Stop {
            throw SyncError.badFile(file, stop.problem)
        } catch {
            throw SyncError.badFile(file, .corruptZip("\(name): \(error)"))
        }
        guard HexText.lowercase(hasher.finalize()) == entry.sha256 else {
            throw SyncError.badFile(file, .checksumMismatch(name))
        }
    }

    /// Hands the entry's stored bytes (`range` of the archive, exactly) to `consumer` in pieces,
    /// inflated when compressed, and returns the CRC-32 of what it handed over. A deflate stream
    /// that needs more than its stored bytes is refused instead of being read on past the entry
    /// (see `ZipDirectory`).
    private static func inflate(_ reader: ArchiveBytes.Reader, _ range: Range<Int>, compressed: Bool, name: String,
                                consumer: (Data) throws -> Void) throws -> CRC32 {
        guard compressed else {
            var checksum: CRC32 = 0
            var at = range.lowerBound
            while at < range.upperBound {
                let chunk = try reader.read(at..<min(range.upperBound, at + piece))
                guard !chunk.isEmpty else { throw Stop(problem: .corruptZip("\(name): stored data ends early")) }
                checksum = crc32(checksum, chunk)
                try consumer(chunk)
                at += chunk.count
            }
            return checksum
        }
        // zlib directly rather than ZIPFoundation's `Data.decompress`, which zero-fills a new
        // 64 KiB output buffer for every piece and needs each input piece padded to 64 KiB: for the
        // kilobyte entries of a daily bundle that was a tenth of its import. The CRC-32 by zlib
        // (vectorised), as before.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        guard inflateInit2_(stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Stop(problem: .corruptZip("\(name): invalidStream"))
        }
        defer { inflateEnd(stream) }
        var checksum: CRC32 = 0
        var output = [UInt8](repeating: 0, count: piece)
        var at = range.lowerBound
        var status = Z_OK
        repeat {
            // Never past the entry's stored bytes: a stream that wants more is refused.
            guard at < range.upperBound else { throw Stop(problem: .corruptZip("\(name): compressed data ends early")) }
            var chunk = try reader.read(at..<min(range.upperBound, at + piece))
            guard !chunk.isEmpty else { throw Stop(problem: .corruptZip("\(name): compressed data ends early")) }
            at += chunk.count
            try chunk.withUnsafeMutableBytes { input in
                stream.pointee.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_in = uInt(input.count)
                var full: Bool
                repeat {
                    let produced = try output.withUnsafeMutableBufferPointer { out in
                        stream.pointee.next_out = out.baseAddress
                        stream.pointee.avail_out = uInt(out.count)
                        status = CDeflate.inflate(stream, Z_NO_FLUSH)
                        guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                            throw Stop(problem: .corruptZip("\(name): corruptedData"))
                        }
                        return out.count - Int(stream.pointee.avail_out)
                    }
                    full = produced == output.count
                    if produced > 0 {
                        let inflated = Data(output[..<produced])
                        checksum = crc32(checksum, inflated)
                        try consumer(inflated)
                    }
                } while full && status != Z_STREAM_END
                stream.pointee.next_in = nil
                stream.pointee.avail_in = 0
            }
        } while status != Z_STREAM_END
        return checksum
    }

    /// The zip CRC-32 of `data` continued from `checksum`.
    private static func crc32(_ checksum: CRC32, _ data: Data) -> CRC32 {
        data.withUnsafeBytes { raw in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return checksum }
            return CRC32(CDeflate.crc32(uLong(checksum), base, uInt(raw.count)))
        }
    }

    /// The size of the pieces an entry is inflated and handed over in.
    static let piece = 64 * 1024

    /// A relative path of plain components: no leading slash, drive letter, backslash, `.`/`..`
    /// component, control character (C0, DEL, C1) or line separator, or empty component.
    static func isSafe(_ name: String) -> Bool {
        // Every name a bundle holds is printable ASCII: checked byte by byte, without looking up
        // each character's Unicode category or Foundation's substring search (together 5 % of a
        // daily bundle's import).
        let bytes = name.utf8
        let printableASCII = bytes.allSatisfy { (0x20...0x7E).contains($0) }
        guard !bytes.isEmpty, bytes.first != UInt8(ascii: "/"), !bytes.contains(UInt8(ascii: "\\")),
              !bytes.contains(UInt8(ascii: ":")),
              printableASCII || !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control
                  || $0.properties.generalCategory == .lineSeparator || $0.properties.generalCategory == .paragraphSeparator })
        else { return false }
        return name.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }
}
