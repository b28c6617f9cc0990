/// What an enterprise import did: counts of inserted, updated and unchanged enterprises, and
/// the rows left out (only with `skipInvalid`; otherwise any rejection cancels the import).
public struct EnterpriseImportReport: Sendable, Equatable {
    public var file: String
    public var encoding: TextEncoding
    public var inserted = 0
    public var updated = 0
    /// Rows whose enterprise was already stored exactly so (re-importing a file changes nothing).
    public var unchanged = 0
    public var rejections: [EnterpriseCSV.Rejection] = []
    public var ignoredHeaders: [String] = []

    public func summary(in language: Language) -> String {
        switch language {
        case .zh:
            "\(file)（\(encoding.displayName)）：新增 \(inserted) 家，更新 \(updated) 家，未变 \(unchanged) 家，跳过 \(rejections.count) 行。"
        case .en:
            "\(file) (\(encoding.displayName)): \(inserted) inserted, \(updated) updated, \(unchanged) unchanged, \(rejections.count) rows skipped."
        }
    }

    public func ignoredHeadersNote(in language: Language) -> String? {
        guard !ignoredHeaders.isEmpty else { return nil }
        let list = ignoredHeaders.joined(separator: language == .zh ? "、" : ", ")
        return language == .zh ? "未识别的列已忽略：\(list)" : "Unrecognised columns ignored: \(list)"
    }
}
