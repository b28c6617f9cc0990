/// The rows of a long list that are in memory: a window around what is on screen, fetched from
/// the database with offset/limit, and the length of the whole list.
struct RowWindow<Row: Sendable>: Sendable {
    var rows: [Row] = []
    /// The list index of `rows[0]`.
    var start = 0
    /// How many rows the list has (for a search: how many were found so far).
    var total = 0
    /// A search that stopped at its limit: more rows match than `total`.
    var hasMore = false
    /// False until fetched, and after the query behind it changed.
    var isCurrent = false

    /// Whether every row of `range` (clamped to the list) is in memory.
    func covers(_ range: Range<Int>) -> Bool {
        guard isCurrent else { return false }
        let wanted = range.clamped(to: 0..<total)
        return wanted.isEmpty || (wanted.lowerBound >= start && wanted.upperBound <= start + rows.count)
    }

    func row(_ index: Int) -> Row? {
        let local = index - start
        return local >= 0 && local < rows.count ? rows[local] : nil
    }

    /// The rows to fetch for `visible`: one screenful either side, so scrolling line by line
    /// does not query on every key, yet nothing like the whole list is read.
    static func fetchRange(around visible: Range<Int>, page: Int) -> Range<Int> {
        max(0, visible.lowerBound - page)..<(visible.upperBound + page)
    }
}
