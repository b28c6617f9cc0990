extension Chinese {
    public var keyDocuments: String { "文书" }
    public func documentPreviewTitle(_ document: String, pages: Int) -> String { "\(document) · 预览第 1 页（共 \(pages) 页）" }
    public var documentPreviewHint: String { "Tab 切换文书  ↑/↓ 滚动  Enter 写入 PDF  Esc 关闭" }
    public var documentNotNumberedYet: String { "编号在写入时分配" }
    public func documentWritten(_ document: String, path: String) -> String { "\(document)已写入 \(path)" }
    public func documentCannotWrite(_ path: String, reason: String) -> String { "无法写入 \(path)：\(reason)。请检查权限和磁盘空间。" }
}
