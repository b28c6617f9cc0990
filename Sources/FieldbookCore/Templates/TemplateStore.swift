import Foundation
import GRDB

/// Storing and reading template versions. A stored version is immutable: loading the same
/// content again changes nothing, loading different content under the same version is refused.
public enum TemplateStore {
    public enum Outcome: Sendable, Equatable {
        case loaded, unchanged
    }

    /// Decodes and validates a template file.
    public static func parse(_ data: Data, loadedAt: Timestamp) throws(TemplateError) -> Checklist {
        let file: ChecklistTemplateFile
        do {
            file = try JSONDecoder().decode(ChecklistTemplateFile.self, from: data)
        } catch let error as DecodingError {
            throw .malformedJSON(detail: describe(error))
        } catch {
            throw .malformedJSON(detail: "\(error)")
        }
        return try TemplateValidation.checklist(from: file, loadedAt: loadedAt)
    }

    public static func store(_ checklist: Checklist, _ db: Database) throws -> Outcome {
        let t = checklist.template
        if let existing = try fetch(id: t.id, version: t.version, db) {
            guard sameContent(existing, checklist) else {
                throw TemplateError.versionAlreadyLoaded(id: t.id, version: t.version)
            }
            return .unchanged
        }
        try t.insert(db)
        for section in checklist.sections {
            try section.section.insert(db)
            for item in section.items { try item.insert(db) }
        }
        return .loaded
    }

    public static func fetch(id: String, version: Int, _ db: Database) throws -> Checklist? {
        guard let template = try ChecklistTemplate.fetchOne(db, key: ["id": id, "version": version]) else {
            return nil
        }
        let sections = try ChecklistSection
            .filter(ChecklistSection.Columns.templateId == id && ChecklistSection.Columns.templateVersion == version)
            .order(ChecklistSection.Columns.position).fetchAll(db)
        let items = try ChecklistItem
            .filter(ChecklistItem.Columns.templateId == id && ChecklistItem.Columns.templateVersion == version)
            .order(ChecklistItem.Columns.position).fetchAll(db)
        let bySection = Dictionary(grouping: items, by: \.sectionCode)
        return Checklist(template: template, sections: sections.map {
            Checklist.Section(section: $0, items: bySection[$0.code] ?? [])
        })
    }

    /// The newest stored version of template `id`.
    public static func latestVersion(id: String, _ db: Database) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT MAX(version) FROM checklistTemplate WHERE id = ?", arguments: [id])
    }

    private static func sameContent(_ a: Checklist, _ b: Checklist) -> Bool {
        a.template.title == b.template.title && a.sections == b.sections
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .dataCorrupted(context): return context.debugDescription
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .keyNotFound(_, context):
            let path = context.codingPath.map { $0.intValue.map { "[\($0 + 1)]" } ?? ".\($0.stringValue)" }.joined()
            return "\(path.isEmpty ? "top level" : path): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
