import GRDB

/// The tables the sync module adds to a Fieldbook database. They live in their own migrator
/// (identifiers `sync-…`) beside core's: GRDB's migrator ignores applied identifiers it does not
/// know, so core and sync migrate the same file independently. A laptop uses the `sync…`
/// tables, a headquarters database the `hq…` tables; creating both everywhere keeps one schema.
enum SyncSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("sync-v1") { db in
            try createLaptopTables(db)
            try createHQTables(db)
        }
        // Who chose which version of a conflict, and when (`fieldbook hq resolve`).
        migrator.registerMigration("sync-v2") { db in
            try db.alter(table: "hqConflict") { t in
                t.add(column: "resolution", .text)
                t.add(column: "resolvedBy", .text)
                t.add(column: "resolvedAt", .text)
            }
        }
        // The bundle an export is publishing, written before its file appears and removed in the
        // transaction that records it (docs/bundle-format.md, "Pending bundle"): a kill between the
        // two leaves this row, and the next export or start finishes the job with the same id and
        // sequence instead of starting a different bundle under the same number.
        migrator.registerMigration("sync-v3") { db in
            try db.create(table: "syncPendingBundle") { t in
                t.primaryKey("stream", .text)
                t.column("bundleId", .text).notNull()
                t.column("sequence", .integer).notNull()
                t.column("fileName", .text).notNull()
                t.column("directory", .text).notNull()
                t.column("sha256", .text).notNull()
                t.column("scopeKind", .text).notNull()
                t.column("scopeDay", .text)
                t.column("afterChange", .integer).notNull()
                t.column("throughChange", .integer).notNull()
                t.column("previousBundleId", .text)
                t.column("createdAt", .text).notNull()
                t.column("encryptTo", .text)
                t.column("counts", .text).notNull()
                t.column("updatedAt", .text).notNull()
            }
        }
        return migrator
    }

    private static func createLaptopTables(_ db: Database) throws {
        // The device's Ed25519 private key (raw, base64). The database file is owner-only (0600).
        try db.create(table: "syncDeviceKey") { t in
            t.primaryKey("deviceId", .text)
            t.column("privateKey", .text).notNull()
            t.column("createdAt", .text).notNull()
        }
        // The revision of an enterprise as last received from headquarters in a reference pack:
        // bundles send it as `baseRevision` so HQ can tell a fast-forward from a concurrent edit.
        try db.create(table: "syncBaseline") { t in
            t.primaryKey("recordId", .text)
            t.column("revision", .integer).notNull()
        }
        // The headquarters pack-signing key this laptop accepts (pinned at the first pack).
        try db.create(table: "syncTrustedHQ") { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("signingKey", .text).notNull()
            t.column("pinnedAt", .text).notNull()
            t.column("lastPackId", .text)
            t.column("lastPackCreatedAt", .text)
        }
        // The roster of devices HQ trusts, from the last reference pack (informational).
        try db.create(table: "syncRosterDevice") { t in
            t.primaryKey("publicKey", .text)
            t.column("inspector", .text).notNull()
            t.column("trustedAt", .text).notNull()
        }
    }

    private static func createHQTables(_ db: Database) throws {
        // HQ's own keys: X25519 (bundles are encrypted to it) and Ed25519 (signs reference packs).
        try db.create(table: "hqKey") { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("agreementKey", .text).notNull()
            t.column("signingKey", .text).notNull()
            t.column("createdAt", .text).notNull()
        }
        try db.create(table: "hqDevice") { t in
            t.primaryKey("publicKey", .text)
            t.column("inspector", .text).notNull()
            t.column("trustedAt", .text).notNull()
        }
        try db.create(table: "hqBundle") { t in
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
        try db.create(index: "hqBundle_on_device", on: "hqBundle", columns: ["deviceId", "sequence"])
        // Which device wrote the version HQ holds of each record (`hq` for HQ's own registry).
        try db.create(table: "hqRecordOrigin") { t in
            t.primaryKey("recordId", .text)
            t.column("recordType", .text).notNull()
            t.column("deviceId", .text).notNull()
            t.column("revision", .integer).notNull()
        }
        try db.create(table: "hqConflict") { t in
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
            t.uniqueKey(["recordId", "incomingDeviceId", "incomingRevision", "kind"])
        }
        // A field-created enterprise whose credit code HQ already holds under another id: the
        // device's id is an alias, and its visits are filed under HQ's enterprise.
        try db.create(table: "hqEnterpriseAlias") { t in
            t.primaryKey("aliasId", .text)
            t.column("enterpriseId", .text).notNull().references("enterprise", onDelete: .cascade)
        }
    }
}

extension AppDatabase {
    /// Creates (or brings up to date) the sync tables. Every sync entry point calls it first, so
    /// the usual case (nothing to do) is one query on the writer's connection, not a migration
    /// barrier (an HQ import asks several times per bundle).
    public func prepareSync() throws {
        let migrator = SyncSchema.migrator
        guard try !writer.writeWithoutTransaction({ try migrator.hasCompletedMigrations($0) }) else { return }
        try migrator.migrate(writer)
    }
}
