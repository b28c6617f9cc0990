import FieldbookCore
import Foundation
import ZIPFoundation

/// Reads every entry of a zip into memory under `ExtractionLimits`, refusing unsafe names
/// (absolute, `..`, backslashes, links), duplicates, and anything that inflates too far.
enum SafeExtractor {
    private struct Stop: Error { let problem: BundleProblem }

    static func extract(_ data: Data, file: String, limits: ExtractionLimits,
                        spool: AttachmentSpool) throws -> [String: Data] {
        // Through a private temporary file, not `Archive(data:)`: ZIPFoundation's in-memory file
        // traps (a negative range) when a damaged header points past the end of the data, where
        // a real file simply reads nothing (docs/reliability.md).
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
        return try extract(data, storedAt: copy, file: file, limits: limits, spool: spool)
    }

    /// Extracts `data`, whose bytes are also the file at `url` (an import reads the file it was
    /// given in place, without a copy). Attachment entries (`attachments/…`) go to `spool`
    /// (hashed and, with a directory, written to a file) instead of memory, under the same limits.
    static func extract(_ data: Data, storedAt url: URL, file: String, limits: ExtractionLimits,
                        spool: AttachmentSpool) throws -> [String: Data] {
        func fail(_ problem: BundleProblem) -> SyncError { .badFile(file, problem) }
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw fail(data.starts(with: Data("PK".utf8)) ? .corruptZip("no readable central directory") : .notAZip)
        }
        guard let directory = ZipDirectory(data) else {
            throw fail(.corruptZip("no readable central directory"))
        }
        // The names as stored (bytes read as UTF-8). ZIPFoundation reads a name without the UTF-8
        // flag as code page 437, where control bytes become symbols, so its `path` alone would let
        // a control character through to be reported as a damaged zip instead of an unsafe name.
        if let unsafe = directory.ranges.keys.sorted().first(where: { !isSafe($0) }) { throw fail(.unsafeEntryName(unsafe)) }
        var entries: [String: Data] = [:]
        var seen = Set<String>()
        var total: Int64 = 0
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.maxEntries else { throw fail(.tooManyEntries(count)) }
            let name = entry.path
            guard isSafe(name), entry.type == .file else { throw fail(.unsafeEntryName(name)) }
            guard seen.insert(name).inserted else { throw fail(.duplicateEntry(name)) }
            guard let range = directory.ranges[name] else { throw fail(.corruptZip("\(name): no local header")) }
            var content = Data()
            var size: Int64 = 0
            /// Counts a chunk against the limits (on the bytes inflated, never the header's claim).
            func tally(_ chunk: Data) throws {
                size += Int64(chunk.count)
                if size > limits.maxEntryBytes || total + size > limits.maxTotalBytes {
                    throw Stop(problem: .entryTooLarge(name, limit: limits.maxEntryBytes))
                }
                if size > limits.ratioFloor, size / max(Int64(entry.compressedSize), 1) > limits.maxRatio {
                    throw Stop(problem: .suspiciousCompression(name))
                }
            }
            do {
                let stored = Data(data[range])
                if AttachmentSpool.isAttachment(name) {
                    guard AttachmentSpool.isWellFormed(name) else { throw Stop(problem: .unsafeEntryName(name)) }
                    try spool.spool(entry: name) { consume in
                        let checksum = try Self.inflate(stored, compressed: entry.isCompressed, name: name) { chunk in
                            try tally(chunk)
                            try consume(chunk)
                        }
                        guard checksum == entry.checksum else { throw Stop(problem: .corruptZip("\(name): checksum")) }
                    }
                } else {
                    let checksum = try Self.inflate(stored, compressed: entry.isCompressed, name: name) { chunk in
                        try tally(chunk)
                        content.append(chunk)
                    }
                    guard checksum == entry.checksum else { throw Stop(problem: .corruptZip("\(name): checksum")) }
                }
            } catch let stop as Stop {
                throw fail(stop.problem)
            } catch let error as SyncError {
                throw error
            } catch {
                if let problem = StorageProblem(error) { throw SyncError.importNotStored(file, place: spool.directory?.path ?? "", problem) }
                throw fail(.corruptZip("\(name): \(error)"))
            }
            total += size
            if !AttachmentSpool.isAttachment(name) { entries[name] = content }
        }
        guard count > 0 else { throw fail(.notABundle) }
        return entries
    }

    /// Hands `stored` (an entry's bytes, exactly) to `consumer`, inflated when compressed, and
    /// returns the CRC-32 of what it handed over. A deflate stream that needs more than `stored`
    /// is refused instead of being read on past the entry (see `ZipDirectory`).
    private static func inflate(_ stored: Data, compressed: Bool, name: String,
                                consumer: (Data) throws -> Void) throws -> CRC32 {
        guard compressed else {
            try consumer(stored)
            return stored.crc32(checksum: 0)
        }
        return try Data.decompress(size: Int64(stored.count), bufferSize: 64 * 1024, skipCRC32: false,
                                   provider: { position, size in
            guard position < stored.count else { throw Stop(problem: .corruptZip("\(name): compressed data ends early")) }
            var chunk = stored.subdata(in: Int(position)..<min(stored.count, Int(position) + size))
            // ZIPFoundation tells zlib a whole `size` bytes are there, whatever the chunk's length:
            // pad, so zlib never reads past the chunk (found by the fuzzer under AddressSanitizer).
            if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
            return chunk
        }, consumer: consumer)
    }

    /// A relative path of plain components: no leading slash, drive letter, backslash, `.`/`..`
    /// component, control character (C0, DEL, C1) or line separator, or empty component.
    static func isSafe(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("/"), !name.contains("\\"), !name.contains(":"),
              !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control
                  || $0.properties.generalCategory == .lineSeparator || $0.properties.generalCategory == .paragraphSeparator })
        else { return false }
        return name.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }
}
