extension English {
    public var keyDocuments: String { "documents" }
    public func documentPreviewTitle(_ document: String, pages: Int) -> String { "\(document) · page 1 preview (\(pages) pages)" }
    public var documentPreviewHint: String { "Tab other document  ↑/↓ scroll  Enter write PDF  Esc close" }
    public var documentNotNumberedYet: String { "the number is assigned when written" }
    public func documentWritten(_ document: String, path: String) -> String { "\(document) written to \(path)" }
    public func documentCannotWrite(_ path: String, reason: String) -> String { "Cannot write \(path): \(reason). Check permissions and free disk space." }
}
