import GRDB
import GRDBSQLite

/// One execution of a cached INSERT of the synthetic-data generator, with its values bound
/// through SQLite's C API in order.
///
/// Why not GRDB's `StatementArguments`: each value is boxed as an existential, then as a
/// `DatabaseValue`, then bound; for the 8.7 million answers of `demo-data 100000 200000` that
/// boxing was about a quarter of the visit phase (perf, docs/performance.md). Binding directly
/// skips it. Only for plain INSERTs inside the generator's own write transaction: GRDB's
/// per-statement bookkeeping (transaction observers, authorizer) has nothing to observe there.
struct BulkInsert: ~Copyable {
    private let statement: Statement
    private var position: Int32 = 0

    init(_ statement: Statement) {
        self.statement = statement
        sqlite3_reset(statement.sqliteStatement)
        sqlite3_clear_bindings(statement.sqliteStatement)
    }

    /// SQLite copies the text before the call returns (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    mutating func text(_ value: String) {
        position += 1
        var value = value
        value.withUTF8 { bytes in
            _ = bytes.withMemoryRebound(to: CChar.self) { chars in
                sqlite3_bind_text(statement.sqliteStatement, position, chars.baseAddress, Int32(chars.count), Self.transient)
            }
        }
    }

    mutating func text(_ value: String?) {
        if let value { text(value) } else { null() }
    }

    mutating func int(_ value: Int) {
        position += 1
        sqlite3_bind_int64(statement.sqliteStatement, position, Int64(value))
    }

    mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    mutating func int64(_ value: Int64) {
        position += 1
        sqlite3_bind_int64(statement.sqliteStatement, position, value)
    }

    mutating func double(_ value: Double?) {
        guard let value else { return null() }
        position += 1
        sqlite3_bind_double(statement.sqliteStatement, position, value)
    }

    mutating func null() {
        position += 1
        sqlite3_bind_null(statement.sqliteStatement, position)
    }

    /// Steps the statement to its end; every parameter must have been bound.
    consuming func run(_ db: Database) throws {
        let sqlite = statement.sqliteStatement
        precondition(position == sqlite3_bind_parameter_count(sqlite), "bound \(position) of \(sqlite3_bind_parameter_count(sqlite))")
        let code = sqlite3_step(sqlite)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            sqlite3_reset(sqlite)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        sqlite3_reset(sqlite)
    }
}
