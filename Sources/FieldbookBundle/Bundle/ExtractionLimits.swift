import Foundation
import ZIPFoundation

/// Caps applied while reading a bundle or pack, counted on the bytes actually inflated (headers
/// can lie), and respected by the exporter (`BundleWriter` checks the zip it wrote against the
/// same numbers), so a bundle the program writes is one it accepts (docs/bundle-format.md, "Safe
/// extraction").
///
/// Reading streams every entry in pieces (`SafeExtractor`, `LineDecoder`), so no cap is there to
/// bound memory: the ratio stops a zip bomb at its first megabytes, and the total bounds the work
/// one file can ask for.
public struct ExtractionLimits: Sendable {
    public var maxEntries: Int
    /// Inflated bytes of all entries together.
    public var maxTotalBytes: Int64
    /// Inflated / stored size above which an entry (larger than `ratioFloor`) is refused.
    public var maxRatio: Int64
    public var ratioFloor: Int64
    /// Not a refusal: a record file that inflates to at most this many bytes is kept in memory
    /// from the check instead of being inflated and hashed a second time when it is merged. A
    /// day's record files are a few kilobytes to a few hundred, and reading them twice was a
    /// tenth of an HQ import (docs/performance.md); with a bundle's eight record files this holds
    /// at most 8 MiB, far under the import's memory bound. Larger files are streamed.
    public var keptEntryBytes: Int

    /// `maxEntries`: the record files and their CSV copies, plus attachment files (each one entry).
    public init(maxEntries: Int = 64 + 20_000, maxTotalBytes: Int64 = 16 << 30, maxRatio: Int64 = 250,
                ratioFloor: Int64 = 1 << 20, keptEntryBytes: Int = 1 << 20) {
        self.maxEntries = maxEntries
        self.maxTotalBytes = maxTotalBytes
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
        self.keptEntryBytes = keptEntryBytes
    }

    public static let standard = ExtractionLimits()

    /// Why an entry `inflated` bytes into its content (so far), from `stored` bytes in the zip,
    /// after `before` inflated bytes of the entries ahead of it, is refused; nil when it is not.
    func problem(entry: String, inflated: Int64, stored: Int64, before: Int64) -> BundleProblem? {
        if before + inflated > maxTotalBytes { return .expandsTooFar(entry: entry, limit: maxTotalBytes) }
        if inflated > ratioFloor, inflated / max(stored, 1) > maxRatio { return .suspiciousCompression(entry) }
        return nil
    }

    /// Checks a zip the exporter wrote against these limits, by the sizes it recorded: the
    /// exporter publishes only bundles HQ accepts.
    func checkWritten(_ url: URL) throws {
        let archive = try Archive(url: url, accessMode: .read)
        var total: Int64 = 0, count = 0
        for entry in archive {
            count += 1
            if count > maxEntries { throw SyncError.exportBeyondLimits(.tooManyEntries(count)) }
            let size = Int64(entry.uncompressedSize)
            if let problem = problem(entry: entry.path, inflated: size, stored: Int64(entry.compressedSize), before: total) {
                throw SyncError.exportBeyondLimits(problem)
            }
            total += size
        }
    }
}
