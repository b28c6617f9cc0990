/// What a key or click did to a List, Table or Select, so the screen knows what to do next.
public enum RowEvent: Hashable, Sendable {
    /// Not a key for this widget (or a click outside it): pass it on.
    case ignored
    /// Used, but nothing changed (Down on the last row, a click on the empty space below rows).
    case unchanged
    /// The selection moved to this row (show its details; a Table may need a new window of rows).
    case selected(Int)
    /// Enter, or a click on the already selected row: open it.
    case activated(Int)
    /// Table only: the user clicked a sortable column's header; re-query in this order.
    case sorted(TableSort)
}
