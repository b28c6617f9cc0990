import FieldbookCore
import GRDB

extension AppDatabase {
    /// The HQ pack-signing key this laptop trusts, nil before the first pack.
    public func pinnedHQKey() throws -> String? {
        return try reader.read { db in try String.fetchOne(db, sql: "SELECT signingKey FROM syncTrustedHQ WHERE id = 1") }
    }

    /// Applies a verified pack in one transaction: registry and templates are brought up to HQ's
    /// versions, field data (visits, answers, recommendations) is not touched, and an enterprise
    /// edited here but not yet exported keeps its local version. The first pack pins its key.
    public func applyReferencePack(_ pack: IncomingPack) throws -> PackReport {
        return try write { db, change in
            var report = PackReport()
            let exported = try Int64.fetchOne(db, sql: "SELECT lastChangeSeq FROM exportCursor WHERE id = ?",
                                              arguments: [ExportCursor.defaultID]) ?? 0
            // Pack enterprise id → the id this laptop files it under (its own, when it held the
            // enterprise under another id with the same credit code): what the projects' parties map through.
            var localIds: [String: String] = [:]
            for incoming in pack.enterprises {
                localIds[incoming.id] = try Self.applyPackEnterprise(incoming, exportedThrough: exported, db, &report)
            }
            for template in pack.templates {
                let t = template.template
                if try ChecklistTemplate.exists(db, key: ["id": t.id, "version": t.version]) {
                    report.templatesUnchanged += 1
                    continue
                }
                try t.insert(db)
                for section in template.sections { try section.insert(db) }
                for item in template.items { try item.insert(db) }
                report.templatesAdded.append("\(t.id) v\(t.version)")
            }
            try db.execute(sql: "DELETE FROM syncRosterDevice")
            for device in pack.devices {
                try db.execute(sql: "INSERT OR REPLACE INTO syncRosterDevice (publicKey, inspector, trustedAt) VALUES (?, ?, ?)",
                               arguments: [device.publicKey, device.inspector, device.trustedAt])
            }
            report.devices = pack.devices.count
            for incoming in pack.projects {
                try Self.applyPackProject(incoming, localIds: localIds, exportedThrough: exported, db, change, &report)
            }
            report.pinnedNow = try String.fetchOne(db, sql: "SELECT signingKey FROM syncTrustedHQ WHERE id = 1") == nil
            try db.execute(sql: """
                INSERT INTO syncTrustedHQ (id, signingKey, pinnedAt, lastPackId, lastPackCreatedAt) VALUES (1, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET lastPackId = excluded.lastPackId, lastPackCreatedAt = excluded.lastPackCreatedAt
                """, arguments: [pack.signingKey, change.now, pack.packId, pack.createdAt])
            return report
        }
    }

    /// A registry row from HQ is stored with HQ's revision and without a change number of its own
    /// (it came from HQ, so it is not sent back), and its revision is remembered as the baseline
    /// a later field edit builds on. Returns the id the laptop holds it under.
    private static func applyPackEnterprise(_ incoming: Enterprise, exportedThrough: Int64, _ db: Database,
                                            _ report: inout PackReport) throws -> String {
        let local = try Enterprise.fetchOne(db, key: incoming.id)
            ?? Enterprise.filter(Enterprise.Columns.creditCode == incoming.creditCode).fetchOne(db)
        var merged = incoming
        if let local {
            merged.id = local.id
            merged.keepSummary(of: local)
            merged.changeSeq = local.changeSeq
            if merged == local {
                report.enterprisesUnchanged += 1
            } else if local.changeSeq > exportedThrough {
                report.enterprisesKeptLocal.append(local.name)
                return local.id
            } else {
                try merged.update(db)
                if merged.name != local.name || merged.address != local.address { try EnterpriseSearchIndex.write(merged, db) }
                report.enterprisesUpdated += 1
            }
        } else {
            merged.clearSummary()
            merged.changeSeq = 0
            try merged.insert(db)
            try EnterpriseSearchIndex.write(merged, db)
            report.enterprisesAdded += 1
        }
        guard merged.id == incoming.id else { return merged.id }
        try db.execute(sql: "INSERT OR REPLACE INTO syncBaseline (recordId, revision) VALUES (?, ?)",
                       arguments: [merged.id, merged.revision])
        return merged.id
    }
}
