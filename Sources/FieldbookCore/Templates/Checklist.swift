/// One template version with its sections and items in order: what the checklist screen shows
/// and what scoring weighs.
public struct Checklist: Sendable, Hashable {
    public var template: ChecklistTemplate
    public var sections: [Section]

    public struct Section: Sendable, Hashable {
        public var section: ChecklistSection
        public var items: [ChecklistItem]
    }

    public init(template: ChecklistTemplate, sections: [Section]) {
        self.template = template
        self.sections = sections
    }

    /// Every item, in checklist order.
    public var items: [ChecklistItem] { sections.flatMap(\.items) }

    public func item(code: String) -> ChecklistItem? {
        for section in sections { if let item = section.items.first(where: { $0.code == code }) { return item } }
        return nil
    }
}
