/// The chosen option of a `Select` and, while its list is open, the highlighted one.
public struct SelectState: Hashable, Sendable {
    /// The chosen option; nil shows the placeholder.
    public var selected: Int?
    public private(set) var isOpen = false
    /// The option under the highlight and the list's scroll, while open.
    public private(set) var highlight = RowSelection()

    public init(selected: Int? = nil) { self.selected = selected }

    /// Opens the list over `count` options with the chosen one highlighted.
    public mutating func open(count: Int, height: Int) {
        isOpen = true
        highlight = RowSelection(count: count, selected: selected ?? 0)
        highlight.select(selected ?? 0, height: height)
    }

    public mutating func close() { isOpen = false }

    mutating func setHighlight(_ rows: RowSelection) { highlight = rows }
}
