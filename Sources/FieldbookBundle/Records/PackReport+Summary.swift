import FieldbookCore

extension PackReport {
    /// What `import pack` prints, and the interface shows after loading a pack: the counts, then
    /// one line per enterprise kept with its local edit and per new template, the projects (when
    /// the pack carries any) with one line per project kept or not loaded, and the pinning.
    public func summaryLines(in language: Language) -> [String] {
        let zh = language == .zh
        var lines = [zh
            ? "企业：新增 \(enterprisesAdded)，更新 \(enterprisesUpdated)，未变 \(enterprisesUnchanged)，保留本机修改 \(enterprisesKeptLocal.count)；检查清单：新增 \(templatesAdded.count)，未变 \(templatesUnchanged)；受信设备 \(devices) 台。"
            : "Enterprises: \(enterprisesAdded) added, \(enterprisesUpdated) updated, \(enterprisesUnchanged) unchanged, \(enterprisesKeptLocal.count) kept with local edits; templates: \(templatesAdded.count) added, \(templatesUnchanged) unchanged; \(devices) trusted devices."]
        lines += enterprisesKeptLocal.map { zh ? "  保留本机未导出的修改：\($0)" : "  kept the local, not yet exported edit of \($0)" }
        lines += templatesAdded.map { zh ? "  新检查清单 \($0)" : "  new template \($0)" }
        let projectsSeen = projectsAdded + projectsUpdated + projectsUnchanged + projectsKeptLocal.count + projectsSkipped.count
        if projectsSeen > 0 {
            lines.append(zh
                ? "建设项目：新增 \(projectsAdded)，更新 \(projectsUpdated)，未变 \(projectsUnchanged)，保留本机修改 \(projectsKeptLocal.count)，未载入 \(projectsSkipped.count)。"
                : "Construction projects: \(projectsAdded) added, \(projectsUpdated) updated, \(projectsUnchanged) unchanged, \(projectsKeptLocal.count) kept with local edits, \(projectsSkipped.count) not loaded.")
        }
        lines += projectsKeptLocal.map { zh ? "  保留本机较新的项目：\($0)" : "  kept this laptop's newer version of project \($0)" }
        lines += projectsSkipped.map {
            zh ? "  项目“\($0.name)”未载入：其参建单位（编号 \($0.missingEnterpriseId)）不在资料包中，本机名录也没有；请总部重新生成资料包"
               : "  project \($0.name) not loaded: its party (enterprise \($0.missingEnterpriseId)) is neither in the pack nor on this laptop; ask headquarters for a new pack"
        }
        if pinnedNow {
            lines.append(zh ? "从现在起只接受此总部密钥签名的资料包。" : "From now on only packs signed by this headquarters key are accepted.")
        }
        return lines
    }
}
