import GRDB
import Testing
@testable import FieldbookCore

/// Every record type names its table itself (Model/RecordTableNames.swift) instead of letting GRDB
/// derive it with regular expressions at first use; each name must be a table of the migrated store.
@Suite("Record types name their tables")
struct RecordTableNamesTests {
    @Test("Every declared table name is a table of a new database")
    func namesAreTables() throws {
        let database = try AppDatabase.inMemory()
        let names: [(any TableRecord.Type, String)] = [
            (Answer.self, "answer"), (Attachment.self, "attachment"), (AuditEvent.self, "auditEvent"),
            (ChecklistItem.self, "checklistItem"), (ChecklistSection.self, "checklistSection"),
            (ChecklistTemplate.self, "checklistTemplate"), (DeviceIdentity.self, "deviceIdentity"),
            (Enterprise.self, "enterprise"), (ExportCursor.self, "exportCursor"), (Inspector.self, "inspector"),
            (Recommendation.self, "recommendation"), (SiteVisit.self, "siteVisit"), (Tombstone.self, "tombstone"),
            (VisitParticipant.self, "visitParticipant"), (Project.self, "project"),
        ]
        let tables = try database.reader.read { db in
            try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
        }
        for (type, name) in names {
            #expect(type.databaseTableName == name)
            #expect(tables.contains(type.databaseTableName), "\(type) names \(type.databaseTableName)")
        }
    }
}
