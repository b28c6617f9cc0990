import GRDB

/// The SQL of one enterprise list, a filter and a sort, as text: every window and position
/// query of the list is made from it, and SQLite keeps each statement prepared (a page turn
/// runs two or three of them, a pass over the list's positions a few hundred).
struct EnterpriseListSQL {
    let sort: EnterpriseSort
    /// The filter's condition (empty when nothing is filtered) and its arguments, which come
    /// first in every statement's arguments.
    let filterSQL: String
    let arguments: StatementArguments

    init(filter: EnterpriseFilter, sort: EnterpriseSort, _ db: Database) throws {
        self.sort = sort
        if let predicate = filter.predicate {
            (filterSQL, arguments) = try SQL("\(predicate)").build(db)
        } else {
            (filterSQL, arguments) = ("", StatementArguments())
        }
    }

    /// The sort key's columns, as a list ("namePinyin, id").
    var keyList: String { sort.keyColumns.map(\.name).joined(separator: ", ") }

    /// `ORDER BY` of the list, or of the list read backwards.
    func order(reversed: Bool = false) -> String {
        let direction = sort.isDescending != reversed ? " DESC" : ""
        return sort.keyColumns.map { $0.name + direction }.joined(separator: ", ")
    }

    /// Rows after (`forward`) or before a sort key given as arguments, compared as a row value:
    /// `(namePinyin, id) > (?, ?)`. `inclusive` takes the row with that key too.
    func seek(forward: Bool, inclusive: Bool) -> String {
        let op = (forward != sort.isDescending ? ">" : "<") + (inclusive ? "=" : "")
        return "(\(keyList)) \(op) (\(Array(repeating: "?", count: sort.keyColumns.count).joined(separator: ", ")))"
    }

    /// Rows after or before the row with the id given as argument (its key read by a subquery).
    func seekAfterRow(forward: Bool) -> String {
        let op = forward != sort.isDescending ? ">" : "<"
        return "(\(keyList)) \(op) (SELECT \(keyList) FROM enterprise WHERE id = ?)"
    }

    /// `WHERE` with the filter and `condition`, or nothing when both are empty.
    func whereClause(_ condition: String? = nil) -> String {
        let terms = [filterSQL.isEmpty ? nil : "(\(filterSQL))", condition].compactMap { $0 }
        return terms.isEmpty ? "" : "WHERE " + terms.joined(separator: " AND ")
    }
}
