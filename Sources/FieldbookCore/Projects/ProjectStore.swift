import GRDB

/// Project writes at the `Database` level, inside one transaction: validated, stamped, audited
/// field by field, deleted only with a tombstone and only while no visit is about it.
public enum ProjectStore {
    public static func create(_ project: Project, _ db: Database, _ change: ChangeContext) throws -> Project {
        var p = try validated(project, db)
        change.stampNew(&p)
        try p.insert(db)
        try AuditLog.recordCreated(p, db, change)
        return p
    }

    public static func update(_ project: Project, _ db: Database, _ change: ChangeContext) throws -> Project {
        guard let old = try Project.fetchOne(db, key: project.id) else { throw ProjectError.notFound(id: project.id) }
        var p = try validated(project, db)
        p.revision = old.revision
        p.updatedAt = old.updatedAt
        p.changeSeq = old.changeSeq
        guard p != old else { return old }
        change.stampChanged(&p, from: old)
        try p.update(db)
        try AuditLog.recordChanges(old: old, new: p, db, change)
        try judgeDraftsAgain(of: p.id, db, change)
        return p
    }

    /// Stores headquarters' version of a project from a reference pack as it is (its revision and
    /// time; the caller sets the change number and has mapped the parties to this database's
    /// enterprises), then judges the draft visits about it again when it replaces `old`.
    package static func storeFromPack(_ project: Project, replacing old: Project?, _ db: Database,
                                      _ change: ChangeContext) throws {
        guard let old else { return try project.insert(db) }
        try project.update(db)
        if project.partyIds != old.partyIds { try judgeDraftsAgain(of: project.id, db, change) }
    }

    /// A party that left the project no longer holds its draft visits' duties: judge them again.
    private static func judgeDraftsAgain(of projectId: String, _ db: Database, _ change: ChangeContext) throws {
        for visit in try SiteVisit.filter(sql: "projectId = ? AND status = 'draft' AND voidedAt IS NULL",
                                          arguments: [projectId]).fetchAll(db) {
            try DutyBinding.apply(to: visit, db, change)
        }
    }

    /// Deletes a project no visit is about, leaving a tombstone for headquarters.
    public static func delete(id: String, _ db: Database, _ change: ChangeContext) throws {
        guard let project = try Project.fetchOne(db, key: id) else { throw ProjectError.notFound(id: id) }
        let visits = try SiteVisit.filter(sql: "projectId = ?", arguments: [id]).fetchCount(db)
        guard visits == 0 else { throw ProjectError.hasVisits(project: project.name, count: visits) }
        try AuditLog.recordDeleted(project, db, change)
        try Tombstones.bury(project, db, change)
    }

    /// Trimmed text, within `TextLimits`; every party an enterprise of this database; no
    /// subcontractor twice or also the general contractor.
    static func validated(_ project: Project, _ db: Database) throws -> Project {
        var p = project
        p.name = p.name.trimmingCharacters(in: .whitespacesAndNewlines)
        p.location = p.location.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !p.name.isEmpty else { throw ProjectError.emptyName }
        for (field, text) in [("name", p.name), ("location", p.location)] {
            let limit = TextLimits.limit(Project.databaseTableName, field)
            if TextLimits.length(text) > limit {
                throw CoreError.textTooLong(field == "name" ? Bilingual(zh: "项目名称", en: "project name")
                                                            : Bilingual(zh: "工程地点", en: "location"),
                                            limit: limit, found: TextLimits.length(text))
            }
        }
        var seen = Set<String>()
        for id in p.subcontractorIds + [p.generalContractorId].compactMap({ $0 }) where !seen.insert(id).inserted {
            throw ProjectError.partyTwice(name: try Enterprise.fetchOne(db, key: id)?.name ?? id)
        }
        for id in p.partyIds where try !Enterprise.exists(db, key: id) {
            throw ProjectError.unknownEnterprise(id: id)
        }
        return p
    }

    /// A visit about a project must be of one of its parties.
    static func checkVisit(_ visit: SiteVisit, _ db: Database) throws {
        guard let projectId = visit.projectId else { return }
        guard let project = try Project.fetchOne(db, key: projectId) else { throw ProjectError.notFound(id: projectId) }
        guard !project.parties(of: visit.enterpriseId).isEmpty else {
            let name = try Enterprise.fetchOne(db, key: visit.enterpriseId)?.name ?? visit.enterpriseId
            throw ProjectError.notAParty(enterprise: name, project: project.name)
        }
    }
}
