import Foundation
import GRDB
import FieldbookBundle
import FieldbookCore
import FieldbookBench
import FieldbookHQ

/// A laptop and a headquarters database on a fixed clock, and a private temporary directory.
public struct SyncFixture: Sendable {
    public static let day = LocalDate("2024-05-06")!
    public static let clock = AppClock.fixed(Date(timeIntervalSince1970: 1_714_960_800)) // 2024-05-06 10:00 Shanghai

    public let directory: URL

    public init() throws {
        // tmpfs when there is one: the code under test fsyncs, and a disk's fsync would make the suite slow.
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? URL(fileURLWithPath: "/dev/shm")
            : FileManager.default.temporaryDirectory
        directory = base.appendingPathComponent("fieldbook-sync-" + RecordID.make())
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    public func cleanUp() { try? FileManager.default.removeItem(at: directory) }

    public func path(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// A set-up laptop database (file-backed, so reads and writes can overlap) with a template.
    public func laptop(_ name: String = "laptop", inspector: String = "李明") throws -> AppDatabase {
        let database = try AppDatabase.open(path: path(name + ".sqlite").path, clock: Self.clock)
        try database.initialize(inspectorName: inspector, district: "张湾区")
        try DeviceKeyStore.ensureKey(for: database)
        try SyncSampleData.ensureTemplate(database, items: 6)
        return database
    }

    /// A headquarters database with its keys and the same template, trusting `devices`.
    public func headquarters(trusting devices: [AppDatabase] = []) throws -> (HQDatabase, HQKeyring) {
        let database = try HQDatabase.open(path: path("hq-\(RecordID.make()).sqlite").path, clock: Self.clock)
        let keyring = try HQKeyring.create(in: database, path: "hq.sqlite")
        try SyncSampleData.ensureTemplate(database.store, items: 6)
        for device in devices {
            let key = try DeviceKeyStore.key(for: device)
            try database.trustDevice(publicKey: key.publicKeyText, inspector: try device.currentInspector()!.name)
        }
        return (database, keyring)
    }

    /// Registry enterprises and `visits` completed visits on `day`.
    @discardableResult
    public func fieldDay(_ database: AppDatabase, enterprises: [Enterprise]? = nil, visits: Int = 3, seed: UInt64 = 7,
                  day: LocalDate = SyncFixture.day) throws -> [Enterprise] {
        let registry = try enterprises ?? SyncSampleData.addEnterprises(database, count: 4)
        let codes = (1...6).map { "S-0\($0)" }
        try SyncSampleData.addVisits(database, date: day, visits: visits, enterprises: registry, itemCodes: codes, seed: seed)
        return registry
    }

    /// Exports into a fresh subdirectory and returns the result.
    public func export(_ database: AppDatabase, scope: ExportScope = .sinceLastExport, encryptTo: String? = nil) throws -> ExportResult {
        let out = path("out-" + RecordID.make())
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
        return try BundleExporter(database: database).export(ExportOptions(outputDirectory: out, scope: scope, encryptTo: encryptTo))
    }
}

/// Every row of every table that holds data (bookkeeping counters aside), for "nothing changed" checks.
public func tableContents(_ database: AppDatabase) throws -> [String: [String]] {
    try tableContents(database.reader)
}

public func tableContents(_ database: HQDatabase) throws -> [String: [String]] {
    try tableContents(database.reader)
}

private func tableContents(_ reader: any DatabaseReader) throws -> [String: [String]] {
    try reader.read { db in
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
              AND name NOT LIKE 'enterpriseFts%' AND name NOT IN ('changeSequence', 'enterpriseListGeneration', 'grdb_migrations')
            """)
        var contents: [String: [String]] = [:]
        for table in tables {
            contents[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1").map(\.description)
        }
        return contents
    }
}

public func count(_ database: AppDatabase, _ table: String) throws -> Int { try count(database.reader, table) }

public func count(_ database: HQDatabase, _ table: String) throws -> Int { try count(database.reader, table) }

private func count(_ reader: any DatabaseReader, _ table: String) throws -> Int {
    try reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
}

/// Saves an edited copy of `old` as its next revision, the way the app's writes do.
@discardableResult
public func edit<R: SyncedRecord>(_ database: AppDatabase, _ old: R, _ modify: (inout R) -> Void) throws -> R {
    var new = old
    modify(&new)
    let changed = new
    return try database.write { db, change in
        var record = changed
        change.stampChanged(&record, from: old)
        try record.update(db)
        return record
    }
}

/// The same edit made at headquarters.
@discardableResult
public func edit<R: SyncedRecord>(_ database: HQDatabase, _ old: R, _ modify: (inout R) -> Void) throws -> R {
    try edit(database.store, old, modify)
}
