import FieldbookCore
import GRDB

/// Headquarters' schema: the laptop's history (`Migrations`, FieldbookCore) followed by the
/// `hq-…` migrations, run when `HQDatabase` opens a file.
///
/// Before the module re-cut, the laptop's `sync-v1`/`sync-v2` created these tables on every
/// database. `hq-v1` therefore creates each only when missing and adds the conflict-resolution
/// columns only where an older file lacks them, so old HQ files, old laptop files and new files
/// all end with the same tables.
public enum HQSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        Migrations.register(into: &migrator)
        migrator.registerMigration(Migrations.headquartersPrefix + "v1") { db in
            try createTables(db)
            let columns = Set(try db.columns(in: "hqConflict").map(\.name))
            if !columns.contains("resolution") {
                try db.alter(table: "hqConflict") { t in
                    t.add(column: "resolution", .text)
                    t.add(column: "resolvedBy", .text)
                    t.add(column: "resolvedAt", .text)
                }
            }
        }
        // A trusted key is bound to one device and one inspector (docs/hq.md, "Who signed a
        // bundle"): recorded with the first bundle it signs. The device is backfilled here from
        // the bundles already imported when those name one device per key and one key per device;
        // the inspector (only its name is in hqBundle) is bound by the next bundle.
        migrator.registerMigration(Migrations.headquartersPrefix + "v2") { db in
            try db.alter(table: "hqDevice") { t in
                t.add(column: "deviceId", .text)
                t.add(column: "inspectorId", .text)
                // `fieldbook hq revoke`: a lost or stolen laptop's key, refused from then on.
                t.add(column: "revokedAt", .text)
                t.add(column: "revokedReason", .text)
                t.add(column: "revokedBy", .text)
            }
            try db.execute(sql: """
                UPDATE hqDevice SET
                  deviceId = (SELECT MIN(deviceId) FROM hqBundle b WHERE b.devicePublicKey = hqDevice.publicKey)
                WHERE (SELECT COUNT(DISTINCT deviceId) FROM hqBundle b WHERE b.devicePublicKey = hqDevice.publicKey) = 1
                  AND (SELECT COUNT(DISTINCT devicePublicKey) FROM hqBundle b
                       WHERE b.deviceId = (SELECT MIN(deviceId) FROM hqBundle c WHERE c.devicePublicKey = hqDevice.publicKey)) = 1
                """)
            try db.create(index: "hqDevice_on_deviceId", on: "hqDevice", columns: ["deviceId"], options: [.unique, .ifNotExists])
        }
        return migrator
    }

    static func createTables(_ db: Database) throws {
        // HQ's own keys: X25519 (bundles are encrypted to it) and Ed25519 (signs reference packs).
        try db.create(table: "hqKey", options: .ifNotExists) { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("agreementKey", .text).notNull()
            t.column("signingKey", .text).notNull()
            t.column("createdAt", .text).notNull()
        }
        try db.create(table: "hqDevice", options: .ifNotExists) { t in
            t.primaryKey("publicKey", .text)
            t.column("inspector", .text).notNull()
            t.column("trustedAt", .text).notNull()
        }
        try db.create(table: "hqBundle", options: .ifNotExists) { t in
            t.primaryKey("id", .text)
            t.column("deviceId", .text).notNull()
            t.column("devicePublicKey", .text).notNull()
            t.column("sequence", .integer).notNull()
            t.column("previousBundleId", .text)
            t.column("inspector", .text).notNull()
            t.column("createdAt", .text).notNull()
            t.column("importedAt", .text).notNull()
            t.column("fileName", .text).notNull()
            t.column("summary", .text).notNull()
        }
        try db.create(index: "hqBundle_on_device", on: "hqBundle", columns: ["deviceId", "sequence"], options: .ifNotExists)
        // Which device wrote the version HQ holds of each record (`hq` for HQ's own registry).
        try db.create(table: "hqRecordOrigin", options: .ifNotExists) { t in
            t.primaryKey("recordId", .text)
            t.column("recordType", .text).notNull()
            t.column("deviceId", .text).notNull()
            t.column("revision", .integer).notNull()
        }
        try db.create(table: "hqConflict", options: .ifNotExists) { t in
            t.primaryKey("id", .text)
            t.column("recordType", .text).notNull()
            t.column("recordId", .text).notNull()
            t.column("kind", .text).notNull()
            t.column("currentDeviceId", .text).notNull()
            t.column("currentRevision", .integer).notNull()
            t.column("currentJSON", .text).notNull()
            t.column("incomingDeviceId", .text).notNull()
            t.column("incomingRevision", .integer).notNull()
            t.column("incomingJSON", .text).notNull()
            t.column("bundleId", .text).notNull()
            t.column("detectedAt", .text).notNull()
            // Who chose which version of a conflict, and when (`fieldbook hq resolve`).
            t.column("resolution", .text)
            t.column("resolvedBy", .text)
            t.column("resolvedAt", .text)
            t.uniqueKey(["recordId", "incomingDeviceId", "incomingRevision", "kind"])
        }
        // A field-created enterprise whose credit code HQ already holds under another id: the
        // device's id is an alias, and its visits are filed under HQ's enterprise.
        try db.create(table: "hqEnterpriseAlias", options: .ifNotExists) { t in
            t.primaryKey("aliasId", .text)
            t.column("enterpriseId", .text).notNull().references("enterprise", onDelete: .cascade)
        }
    }
}

extension HQSchema {
    /// HQ's own migrations (after the laptop's), for `fieldbook --version`.
    public static var versions: [String] {
        migrator.migrations.filter { $0.hasPrefix(Migrations.headquartersPrefix) }
    }
}
