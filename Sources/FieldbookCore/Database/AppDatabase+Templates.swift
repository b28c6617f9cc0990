import Foundation
import GRDB

extension AppDatabase {
    /// Loads a checklist template file (`fieldbook import checklist`). A newer version is stored
    /// beside the older ones; visits keep the version they started with.
    @discardableResult
    public func loadTemplate(data: Data) throws -> (Checklist, TemplateStore.Outcome) {
        let checklist = try TemplateStore.parse(data, loadedAt: clock.timestamp())
        return try writer.write { db in (checklist, try TemplateStore.store(checklist, db)) }
    }

    /// Loads a template file from disk.
    @discardableResult
    public func loadTemplate(path: String) throws -> (Checklist, TemplateStore.Outcome) {
        try loadTemplate(data: try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// A stored template version with its sections and items.
    public func checklist(templateId: String, version: Int) throws -> Checklist? {
        try reader.read { db in try TemplateStore.fetch(id: templateId, version: version, db) }
    }

    /// The newest version of every stored template.
    public func latestTemplates() throws -> [ChecklistTemplate] {
        try reader.read { db in
            try ChecklistTemplate.fetchAll(db, sql: """
                SELECT t.* FROM checklistTemplate t
                WHERE t.version = (SELECT MAX(version) FROM checklistTemplate WHERE id = t.id)
                ORDER BY t.id
                """)
        }
    }
}
