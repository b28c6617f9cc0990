import GRDB
import Synchronization

/// Where every `stride`-th row of one list (a filter and a sort) is: the sort key of rows 0,
/// `stride`, 2 × `stride`, … and the list's length, taken in one pass over its sort index.
///
/// A jump to row 50,000 of 100,000 enterprises with nothing on screen to seek from stepped over
/// about 50,000 index entries (the first jumps on a cold index took up to 52 ms, a warm one about
/// 2 ms of CPU; docs/performance.md). From the nearest remembered key it seeks and steps over
/// fewer than `stride`. The keys are good only while the list has not changed: they carry the
/// `enterpriseListGeneration` they were read at (EnterpriseListSchema), and a query uses them only
/// when the number it reads in its own transaction is the same.
struct ListPositions: Sendable {
    /// Rows between two remembered keys: at most this many index entries are stepped over per
    /// jump (a few dozen pages of the covering index), and 100,000 rows need 391 keys (≈ 60 KB).
    static let stride = 256
    /// A jump that would step over more rows than this first reads the list's positions (one
    /// pass over the list: ≈ 100,000 index entries at 100,000 enterprises, done once per change
    /// of the registry); a shorter skip costs less than the pass.
    static let worthReading = 4 * stride

    let generation: Int64
    /// How many rows the list has.
    let total: Int
    /// `keys[i]` is the sort key (`EnterpriseSort.keyColumns`) of row `i * stride`.
    let keys: [[DatabaseValue]]

    /// The current generation of the enterprise lists.
    static func generation(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT generation FROM enterpriseListGeneration")) ?? 0
    }

    /// Reads the positions of `list` in one pass: from each remembered key, the row `stride`
    /// further on, by the sort index alone.
    static func read(_ list: EnterpriseListSQL, generation: Int64, _ db: Database) throws -> ListPositions {
        let first = try db.cachedStatement(sql: """
            SELECT \(list.keyList) FROM enterprise \(list.whereClause()) ORDER BY \(list.order()) LIMIT 1
            """)
        guard let start = try Row.fetchOne(first, arguments: list.arguments) else {
            return ListPositions(generation: generation, total: 0, keys: [])
        }
        var keys = [Array(start.databaseValues)]
        let next = try db.cachedStatement(sql: """
            SELECT \(list.keyList) FROM enterprise \(list.whereClause(list.seek(forward: true, inclusive: true)))
            ORDER BY \(list.order()) LIMIT 1 OFFSET \(stride)
            """)
        while let row = try Row.fetchOne(next, arguments: list.arguments + StatementArguments(keys[keys.count - 1])) {
            keys.append(Array(row.databaseValues))
        }
        let rest = try db.cachedStatement(sql: """
            SELECT count(*) FROM (SELECT 1 FROM enterprise \(list.whereClause(list.seek(forward: true, inclusive: true)))
            ORDER BY \(list.order()) LIMIT \(stride))
            """)
        let last = try Int.fetchOne(rest, arguments: list.arguments + StatementArguments(keys[keys.count - 1])) ?? 0
        return ListPositions(generation: generation, total: (keys.count - 1) * stride + last, keys: keys)
    }
}

/// The positions read so far, per list, shared by the copies of one `AppDatabase` (its readers
/// run on several threads). A handful of lists at most: one per filter and sort the user tried.
final class ListPositionCache: Sendable {
    struct Key: Hashable, Sendable {
        var filter: EnterpriseFilter
        var sort: EnterpriseSort
    }

    static let capacity = 8
    private let lists = Mutex<[Key: ListPositions]>([:])

    /// The positions of the list, if read at `generation`.
    func positions(_ key: Key, generation: Int64) -> ListPositions? {
        lists.withLock { lists in
            guard let found = lists[key], found.generation == generation else { return nil }
            return found
        }
    }

    func store(_ positions: ListPositions, for key: Key) {
        lists.withLock { lists in
            // Out-of-date lists go first; then any, to stay within the capacity.
            lists = lists.filter { $0.value.generation == positions.generation }
            if lists.count >= Self.capacity, lists[key] == nil, let any = lists.keys.first { lists[any] = nil }
            lists[key] = positions
        }
    }
}
