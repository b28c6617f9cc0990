/// A window of a longer list: the rows from `offset`, and how many rows the whole list has.
public struct Page<Row: Sendable>: Sendable {
    public var rows: [Row]
    public var offset: Int
    public var totalCount: Int

    public init(rows: [Row], offset: Int, totalCount: Int) {
        self.rows = rows
        self.offset = offset
        self.totalCount = totalCount
    }
}

extension Page: Equatable where Row: Equatable {}
