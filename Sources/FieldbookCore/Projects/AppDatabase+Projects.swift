import GRDB

extension AppDatabase {
    @discardableResult
    public func createProject(_ project: Project) throws -> Project {
        try write { db, change in try ProjectStore.create(project, db, change) }
    }

    @discardableResult
    public func updateProject(_ project: Project) throws -> Project {
        try write { db, change in try ProjectStore.update(project, db, change) }
    }

    public func deleteProject(id: String) throws {
        try write { db, change in try ProjectStore.delete(id: id, db, change) }
    }

    public func project(id: String) throws -> Project? {
        try reader.read { db in try Project.fetchOne(db, key: id) }
    }

    /// Every project, by name.
    public func projects() throws -> [Project] {
        try reader.read { db in try Project.order(Project.Columns.name, Project.Columns.id).fetchAll(db) }
    }

    /// The projects `enterpriseId` is a party of, by name: what the visit form offers.
    public func projects(involving enterpriseId: String) throws -> [Project] {
        try projects().filter { !$0.parties(of: enterpriseId).isEmpty }
    }

    /// Records a hazard outside labour relations found with an item of a draft visit, and where
    /// it was referred (nil clears it).
    @discardableResult
    public func setReferral(visitId: String, itemCode: String, to authority: ReferralAuthority?,
                            note: String) throws -> Answer {
        try write { db, change in
            try AnswerReferral.set(visitId: visitId, itemCode: itemCode, to: authority, note: note, db, change)
        }
    }
}
