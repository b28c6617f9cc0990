/// One row of the checklist list: a section header or an item (its index in checklist order).
enum ChecklistRow: Hashable, Sendable {
    case section(Int)
    case item(Int)
}
