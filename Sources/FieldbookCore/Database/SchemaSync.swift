import GRDB

/// The laptop's sync tables: what a laptop keeps to export bundles and accept reference packs.
enum SchemaSync {
    /// sync-v1 (laptop part).
    static func create(_ db: Database) throws {
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

    /// sync-v3: the bundle an export is publishing, written before its file appears and removed
    /// in the transaction that records it (docs/bundle-format.md, "Pending bundle"): a kill
    /// between the two leaves this row, and the next export or start finishes the job with the
    /// same id and sequence instead of starting a different bundle under the same number.
    static func createPendingBundle(_ db: Database) throws {
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

    /// export-history-v1: every bundle an export recorded — file, directory, scope, size and what
    /// it held — so the Export screen lists past exports and proposes the last directory used
    /// (a USB stick's folder) again. Written in the transaction that records the export, so a
    /// bundle is listed exactly when the cursor counts it. Bundles recorded before this migration
    /// are not listed (their files were never noted anywhere).
    static func createExportHistory(_ db: Database) throws {
        try db.create(table: "syncExportHistory") { t in
            t.primaryKey("bundleId", .text)
            t.column("stream", .text).notNull()
            t.column("sequence", .integer).notNull()
            t.column("fileName", .text).notNull()
            t.column("directory", .text).notNull()
            t.column("scopeKind", .text).notNull()
            t.column("scopeDay", .text)
            t.column("bytes", .integer).notNull()
            t.column("encrypted", .boolean).notNull()
            t.column("counts", .text).notNull()
            t.column("createdAt", .text).notNull()
            t.column("recordedAt", .text).notNull()
        }
        try db.create(index: "syncExportHistory_stream_sequence", on: "syncExportHistory", columns: ["stream", "sequence"])
    }
}
