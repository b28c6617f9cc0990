/// Where an export is, for a progress bar: `completed` of `total` records written, then the
/// packing, signing and writing of the file.
public struct ExportProgress: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        case reading
        case records(BundleFile)
        case packing
        case encrypting
        case writingFile
        case finished
    }

    public var phase: Phase
    public var completed: Int
    public var total: Int

    /// 0...1 over the whole export (records are most of the work).
    public var fraction: Double {
        switch phase {
        case .reading: 0
        case .records: total == 0 ? 0.9 : 0.9 * Double(completed) / Double(total)
        case .packing: 0.92
        case .encrypting: 0.95
        case .writingFile: 0.98
        case .finished: 1
        }
    }
}
