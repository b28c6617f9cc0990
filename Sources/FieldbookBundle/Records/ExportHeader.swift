import FieldbookCore

/// What an export knows before it reads records: the range of change numbers it covers, the
/// device and inspector, and the sequence number this bundle takes.
public struct ExportHeader: Sendable, Equatable {
    /// Change numbers above `after` and up to `through` are in the bundle (`through` is the
    /// snapshot's high-water mark, not "now": a write committed during the export is above it).
    public var after: Int64
    public var through: Int64
    public var deviceId: String
    public var inspector: Inspector
    public var sequence: Int
    public var previousBundleId: String?
}
