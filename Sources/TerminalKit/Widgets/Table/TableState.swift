/// The selection, scroll position and sort order of a `Table`. The rows are not here: the
/// caller fetches the window `Table.visibleRows(in:state:)` names.
public struct TableState: Hashable, Sendable {
    /// The selected row (absolute index); nil only while the table is empty.
    public var selected: Int?
    /// The first row the caller last scrolled to (corrected on screen to keep the selection
    /// visible).
    public var offset: Int
    public var sort: TableSort?

    public init(selected: Int? = 0, offset: Int = 0, sort: TableSort? = nil) {
        self.selected = selected
        self.offset = offset
        self.sort = sort
    }

    /// Sorts by `column`: ascending the first time, reversed when it is already the sort column.
    public mutating func toggleSort(column: Int) {
        if let sort, sort.column == column {
            self.sort = TableSort(column: column, ascending: !sort.ascending)
        } else {
            sort = TableSort(column: column, ascending: true)
        }
    }

    func rows(count: Int) -> RowSelection { RowSelection(count: count, selected: selected, offset: offset) }

    mutating func update(from rows: RowSelection) {
        selected = rows.selected
        offset = rows.offset
    }
}
