import FieldbookBundle
import FieldbookCore
import GRDB

/// What headquarters puts in a reference pack.
public struct ReferencePackContent: Sendable {
    public var enterprises: [Enterprise]
    public var templates: [PackTemplate]
    public var devices: [PackDevice]
    public var projects: [Project]
}

extension HQDatabase {
    /// The registry, every template version, the trusted roster (revoked keys left out) and the
    /// construction projects, read in one snapshot. A project's parties are the ids of HQ's
    /// enterprises, which the pack carries: the merge filed them so, and an alias left by a later
    /// resolution is followed here too. Deleted projects are left out (a laptop keeps its copy).
    public func referencePackContent() throws -> ReferencePackContent {
        return try reader.read { db in
            let enterprises = try Enterprise.order(Enterprise.Columns.creditCode).fetchAll(db)
            let templates = try ChecklistTemplate.order(ChecklistTemplate.Columns.id, ChecklistTemplate.Columns.version)
                .fetchAll(db).map { t in
                    PackTemplate(
                        template: t,
                        sections: try ChecklistSection.filter(ChecklistSection.Columns.templateId == t.id
                                                              && ChecklistSection.Columns.templateVersion == t.version)
                            .order(ChecklistSection.Columns.position).fetchAll(db),
                        items: try ChecklistItem.filter(ChecklistItem.Columns.templateId == t.id
                                                        && ChecklistItem.Columns.templateVersion == t.version)
                            .order(ChecklistItem.Columns.position).fetchAll(db))
                }
            let devices = try Row.fetchAll(db, sql: "SELECT * FROM hqDevice WHERE revokedAt IS NULL ORDER BY inspector").map {
                PackDevice(publicKey: $0["publicKey"], inspector: $0["inspector"], trustedAt: $0["trustedAt"])
            }
            let aliases = try Dictionary(
                Row.fetchAll(db, sql: "SELECT aliasId, enterpriseId FROM hqEnterpriseAlias").map { row -> (String, String) in
                    (row["aliasId"], row["enterpriseId"])
                }, uniquingKeysWith: { first, _ in first })
            let projects = try Project.order(Project.Columns.name, Project.Columns.id).fetchAll(db).map { project in
                var p = project
                p.ownerId = p.ownerId.map { aliases[$0] ?? $0 }
                p.generalContractorId = p.generalContractorId.map { aliases[$0] ?? $0 }
                p.subcontractorIds = p.subcontractorIds.map { aliases[$0] ?? $0 }
                p.changeSeq = 0
                return p
            }
            return ReferencePackContent(enterprises: enterprises, templates: templates, devices: devices, projects: projects)
        }
    }
}
