import FieldbookCore
import Foundation
import GRDB

/// Headquarters' database: the registry, templates and visits it holds are in the tables the
/// laptop store owns, plus HQ's own (keys, trusted devices, imported bundles, record origins,
/// conflicts, aliases). Its migrator (`HQSchema`) runs when it is opened.
///
/// The methods in the `HQDatabase+…` files are HQ's transactions; `store` is the laptop store's
/// view of the same file, for what HQ does exactly as a laptop would (loading the registry and
/// checklists, reading records).
public struct HQDatabase: Sendable {
    package let writer: any DatabaseWriter
    public let clock: AppClock
    /// The laptop store's methods over this same file.
    public let store: AppDatabase

    public var reader: any DatabaseReader { writer }

    /// Wraps `writer` and migrates it to HQ's newest schema, refusing a file a newer Fieldbook made.
    public init(_ writer: any DatabaseWriter, clock: AppClock = .system) throws {
        try Migrations.migrate(writer, with: HQSchema.migrator)
        self.writer = writer
        self.clock = clock
        self.store = AppDatabase(migrated: writer, clock: clock)
    }

    /// Opens (creating when missing) the headquarters database file at `path`, owner-only, in WAL mode.
    public static func open(path: String, clock: AppClock = .system) throws -> HQDatabase {
        try AppDatabase.openFile(path: path) { try HQDatabase($0, clock: clock) }
    }

    /// A private in-memory database, for tests.
    public static func inMemory(clock: AppClock = .system) throws -> HQDatabase {
        try HQDatabase(DatabaseQueue(configuration: AppDatabase.configuration()), clock: clock)
    }

    /// The file this database lives in.
    public var path: String { writer.path }

    /// Closes the connections; using the database afterwards throws.
    public func close() throws { try writer.close() }
}
