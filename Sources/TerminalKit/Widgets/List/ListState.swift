/// The selection and scroll position of a `List`; the items stay in the widget.
public struct ListState: Hashable, Sendable {
    /// The selected item; nil only while the list is empty (the first item is selected when
    /// items arrive).
    public var selected: Int?
    /// The first item the caller last scrolled to (the list corrects it on screen so the
    /// selection stays visible).
    public var offset: Int

    public init(selected: Int? = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// The selection and scroll over `count` items, clamped.
    func rows(count: Int) -> RowSelection { RowSelection(count: count, selected: selected, offset: offset) }

    mutating func update(from rows: RowSelection) {
        selected = rows.selected
        offset = rows.offset
    }
}
