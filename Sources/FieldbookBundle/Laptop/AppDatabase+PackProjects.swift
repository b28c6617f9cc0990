import FieldbookCore
import GRDB

extension AppDatabase {
    /// A construction project from headquarters' pack, so an inspector can pick a project another
    /// laptop created. The same rule as the pack's enterprises: HQ's revision is stored without a
    /// change number of its own (it is not sent back as a field change; a bundle still carries it
    /// when a visit here is about it), and a local version edited and not exported yet — or newer
    /// than the pack's, exported but not yet at HQ when the pack was made — is kept and listed.
    ///
    /// Each party is filed under the id this laptop holds that enterprise under (`localIds`, from
    /// the pack's enterprises; else an enterprise of this laptop with the pack's id). A project
    /// naming an enterprise found in neither is not loaded and is named in the report: a project
    /// pointing at nobody could not be visited or judged.
    static func applyPackProject(_ incoming: Project, localIds: [String: String], exportedThrough: Int64,
                                 _ db: Database, _ change: ChangeContext, _ report: inout PackReport) throws {
        func local(_ id: String) throws -> String? {
            if let mapped = localIds[id] { return mapped }
            return try Enterprise.exists(db, key: id) ? id : nil
        }
        var mapped = incoming
        for id in incoming.partyIds where try local(id) == nil {
            report.projectsSkipped.append(SkippedProject(name: incoming.name, missingEnterpriseId: id))
            return
        }
        mapped.ownerId = try incoming.ownerId.flatMap(local)
        mapped.generalContractorId = try incoming.generalContractorId.flatMap(local)
        mapped.subcontractorIds = try incoming.subcontractorIds.compactMap(local)
        mapped.changeSeq = 0
        if let held = try Project.fetchOne(db, key: incoming.id) {
            mapped.changeSeq = held.changeSeq
            if mapped == held {
                report.projectsUnchanged += 1
            } else if held.changeSeq > exportedThrough || held.revision > mapped.revision {
                // The local edit keeps the older baseline, so HQ sees it as made beside this one.
                return report.projectsKeptLocal.append(held.name)
            } else {
                try ProjectStore.storeFromPack(mapped, replacing: held, db, change)
                report.projectsUpdated += 1
            }
        } else {
            try ProjectStore.storeFromPack(mapped, replacing: nil, db, change)
            report.projectsAdded += 1
        }
        // The revision a later edit here is made on top of (sent as the line's `baseRevision`).
        try db.execute(sql: "INSERT OR REPLACE INTO syncBaseline (recordId, revision) VALUES (?, ?)",
                       arguments: [incoming.id, incoming.revision])
    }
}
