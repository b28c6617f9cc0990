/// One column of a `Table`: its header title, how wide it is (the layout `Constraint`s: `.fixed`,
/// `.min`, `.percentage`, and `.fill(weight)` for flexible columns), how its cells are aligned,
/// and whether a click on its header asks to sort by it.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var width: Constraint
    public var alignment: Alignment
    public var isSortable: Bool

    public init(_ title: String, width: Constraint = .fill(), alignment: Alignment = .left, isSortable: Bool = false) {
        self.title = title
        self.width = width
        self.alignment = alignment
        self.isSortable = isSortable
    }
}

/// The column a table is sorted by and the direction, shown as ▲ (ascending) or ▼ in its header.
/// The table only shows it; the caller sorts (in its database query).
public struct TableSort: Hashable, Sendable {
    public var column: Int
    public var ascending: Bool

    public init(column: Int, ascending: Bool = true) {
        self.column = column
        self.ascending = ascending
    }
}
