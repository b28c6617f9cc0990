/// The line `import checklist` prints (and the interface shows after loading a template): which
/// template version, how many sections and items.
public struct ChecklistImportSummary: Sendable {
    public let checklist: Checklist
    public let outcome: TemplateStore.Outcome

    public init(checklist: Checklist, outcome: TemplateStore.Outcome) {
        self.checklist = checklist
        self.outcome = outcome
    }

    public func text(in language: Language) -> String {
        let t = checklist.template
        let sections = checklist.sections.count, items = checklist.items.count
        let critical = checklist.items.filter(\.critical).count
        switch (outcome, language) {
        case (.loaded, .zh):
            return "已载入清单“\(t.titleZh)”（\(t.id) 第 \(t.version) 版）：\(sections) 个部分，\(items) 项，其中关键项 \(critical) 项。"
        case (.loaded, .en):
            return "Loaded \"\(t.titleEn)\" (\(t.id) v\(t.version)): \(sections) sections, \(items) items, \(critical) critical."
        case (.unchanged, .zh):
            return "清单“\(t.titleZh)”（\(t.id) 第 \(t.version) 版）已载入过，内容相同，未作改动。"
        case (.unchanged, .en):
            return "\"\(t.titleEn)\" (\(t.id) v\(t.version)) is already loaded with the same content; nothing changed."
        }
    }
}
