import GRDB

/// How a window of a sorted list is reached most cheaply. SQLite steps over every row an
/// OFFSET skips (about 0.5 ms per 50,000 entries of a cached sort index when only the id is
/// selected, several times that when whole rows are), while seeking from a row whose
/// position is known costs a few index steps. So a window is read from whichever is closest:
/// the start, the end (in reverse order), a row of the window already on screen, or a row whose
/// position the list's remembered positions give (`ListPositions`).
enum ListSeekPlan: Equatable {
    /// `ORDER BY sort LIMIT count OFFSET skip`.
    case fromStart(skip: Int, count: Int)
    /// Reversed order from the end, then the rows reversed back.
    case fromEnd(skip: Int, count: Int)
    /// Rows after the row with `id`, in order.
    case after(id: String, skip: Int, count: Int)
    /// Rows before the row with `id`, read in reverse order, then reversed back.
    case before(id: String, skip: Int, count: Int)
    /// Rows from the row whose sort key is `key` (that row included), in order.
    case fromKey(key: [DatabaseValue], skip: Int, count: Int)

    var skipped: Int {
        switch self {
        case .fromStart(let skip, _), .fromEnd(let skip, _), .after(_, let skip, _), .before(_, let skip, _),
             .fromKey(_, let skip, _): skip
        }
    }

    /// The plan that skips the fewest rows to read rows `offset..<offset + limit` of a list of
    /// `total` rows, given the rows `near` already read from the same list (ids by position) and
    /// the list's `positions` when known.
    static func best(offset: Int, limit: Int, total: Int, near: (start: Int, ids: [String])?,
                     positions: ListPositions? = nil) -> ListSeekPlan {
        let end = min(offset + limit, total)
        let count = max(0, end - offset)
        var plans: [ListSeekPlan] = [.fromStart(skip: offset, count: limit)]
        guard count > 0 else { return plans[0] }
        plans.append(.fromEnd(skip: total - end, count: count))
        if let near, !near.ids.isEmpty {
            let nearEnd = near.start + near.ids.count
            // The last known row before the window, and the first known row after it.
            let before = min(offset - 1, nearEnd - 1)
            if before >= near.start {
                plans.append(.after(id: near.ids[before - near.start], skip: offset - before - 1, count: count))
            }
            let after = max(end, near.start)
            if after < nearEnd {
                plans.append(.before(id: near.ids[after - near.start], skip: after - end, count: count))
            }
        }
        if let positions, !positions.keys.isEmpty {
            let mark = min(offset / ListPositions.stride, positions.keys.count - 1)
            plans.append(.fromKey(key: positions.keys[mark], skip: offset - mark * ListPositions.stride, count: count))
        }
        return plans.min { $0.skipped < $1.skipped }!
    }
}
