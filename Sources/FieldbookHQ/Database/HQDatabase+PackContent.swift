import FieldbookBundle
import FieldbookCore
import GRDB

/// What headquarters puts in a reference pack.
public struct ReferencePackContent: Sendable {
    public var enterprises: [Enterprise]
    public var templates: [PackTemplate]
    public var devices: [PackDevice]
}

extension HQDatabase {
    /// The registry, every template version and the trusted roster (revoked keys left out), read
    /// in one snapshot.
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
            return ReferencePackContent(enterprises: enterprises, templates: templates, devices: devices)
        }
    }
}
