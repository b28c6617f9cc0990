/// Caps applied while extracting a bundle or pack, counted on the bytes actually inflated
/// (headers can lie): a zip bomb stops at the cap, never after filling memory or disk.
public struct ExtractionLimits: Sendable {
    public var maxEntries: Int
    public var maxEntryBytes: Int64
    public var maxTotalBytes: Int64
    /// Inflated / compressed size above which an entry (larger than `ratioFloor`) is refused.
    public var maxRatio: Int64
    public var ratioFloor: Int64

    /// `maxEntries`: the record files and their CSV copies, plus attachment files (each one
    /// entry); the byte limits hold for attachments as for everything else.
    public init(maxEntries: Int = 64 + 20_000, maxEntryBytes: Int64 = 1 << 30, maxTotalBytes: Int64 = 2 << 30,
                maxRatio: Int64 = 250, ratioFloor: Int64 = 1 << 20) {
        self.maxEntries = maxEntries
        self.maxEntryBytes = maxEntryBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
    }

    public static let standard = ExtractionLimits()
}
