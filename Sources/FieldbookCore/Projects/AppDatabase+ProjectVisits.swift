import GRDB

extension AppDatabase {
    /// How many visits (voided ones too) are about the project: `deleteProject` refuses while any
    /// is, and the projects screen says so before asking.
    public func visitCount(projectId: String) throws -> Int {
        try reader.read { db in try SiteVisit.filter(sql: "projectId = ?", arguments: [projectId]).fetchCount(db) }
    }
}
