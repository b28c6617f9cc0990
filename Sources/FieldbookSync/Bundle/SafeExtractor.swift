import FieldbookCore
import Foundation
import ZIPFoundation

/// Reads every entry of a zip into memory under `ExtractionLimits`, refusing unsafe names
/// (absolute, `..`, backslashes, links), duplicates, and anything that inflates too far.
enum SafeExtractor {
    private struct Stop: Error { let problem: BundleProblem }

    static func extract(_ data: Data, file: String, limits: ExtractionLimits) throws -> [String: Data] {
        func fail(_ problem: BundleProblem) -> SyncError { .badFile(file, problem) }
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
            throw fail(.unreadable((error as NSError).localizedDescription))
        }
        let archive: Archive
        do {
            archive = try Archive(url: copy, accessMode: .read)
        } catch {
            throw fail(data.starts(with: Data("PK".utf8)) ? .corruptZip("no readable central directory") : .notAZip)
        }
        var entries: [String: Data] = [:]
        var total: Int64 = 0
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.maxEntries else { throw fail(.tooManyEntries(count)) }
            let name = entry.path
            guard isSafe(name), entry.type == .file else { throw fail(.unsafeEntryName(name)) }
            guard entries[name] == nil else { throw fail(.duplicateEntry(name)) }
            var content = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    content.append(chunk)
                    let size = Int64(content.count)
                    if size > limits.maxEntryBytes || total + size > limits.maxTotalBytes {
                        throw Stop(problem: .entryTooLarge(name, limit: limits.maxEntryBytes))
                    }
                    if size > limits.ratioFloor, size / max(Int64(entry.compressedSize), 1) > limits.maxRatio {
                        throw Stop(problem: .suspiciousCompression(name))
                    }
                }
            } catch let stop as Stop {
                throw fail(stop.problem)
            } catch {
                throw fail(.corruptZip("\(name): \(error)"))
            }
            total += Int64(content.count)
            entries[name] = content
        }
        guard count > 0 else { throw fail(.notABundle) }
        return entries
    }

    /// A relative path of plain components: no leading slash, drive letter, backslash, `.`/`..`
    /// component, control character, or empty component.
    static func isSafe(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("/"), !name.contains("\\"), !name.contains(":"),
              !name.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return false }
        return name.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }
}
