import FieldbookCore

extension PackReport {
    /// What `import pack` prints, and the interface shows after loading a pack: the counts, then
    /// one line per enterprise kept with its local edit and per new template, and the pinning.
    public func summaryLines(in language: Language) -> [String] {
        let zh = language == .zh
        var lines = [zh
            ? "企业：新增 \(enterprisesAdded)，更新 \(enterprisesUpdated)，未变 \(enterprisesUnchanged)，保留本机修改 \(enterprisesKeptLocal.count)；检查清单：新增 \(templatesAdded.count)，未变 \(templatesUnchanged)；受信设备 \(devices) 台。"
            : "Enterprises: \(enterprisesAdded) added, \(enterprisesUpdated) updated, \(enterprisesUnchanged) unchanged, \(enterprisesKeptLocal.count) kept with local edits; templates: \(templatesAdded.count) added, \(templatesUnchanged) unchanged; \(devices) trusted devices."]
        lines += enterprisesKeptLocal.map { zh ? "  保留本机未导出的修改：\($0)" : "  kept the local, not yet exported edit of \($0)" }
        lines += templatesAdded.map { zh ? "  新检查清单 \($0)" : "  new template \($0)" }
        if pinnedNow {
            lines.append(zh ? "从现在起只接受此总部密钥签名的资料包。" : "From now on only packs signed by this headquarters key are accepted.")
        }
        return lines
    }
}
