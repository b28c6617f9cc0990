import GRDB

/// The laptop database's schema history, run when `AppDatabase` opens a file. A migration, once
/// released, is never edited: change the schema by adding the next one ("v3", …), so a database
/// made by any older version opens in every newer one.
///
/// A headquarters database is a laptop database plus the `hq-…` migrations (FieldbookHQ's
/// `HQSchema`), so the laptop store may open one (to browse HQ's registry) and HQ reuses this
/// history rather than repeating it.
package enum Migrations {
    /// Identifiers with this prefix belong to the headquarters kind: the laptop store leaves them
    /// alone instead of refusing the file as "made by a newer Fieldbook".
    package static let headquartersPrefix = "hq-"

    package static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        register(into: &migrator)
        return migrator
    }

    /// Registers the laptop history into `migrator` (HQ appends its own after it).
    package static func register(into migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1", migrate: SchemaV1.create)
        // Touches no foreign key: without `.immediate` GRDB would check every foreign key of
        // every table after it (21 s on a 5.5-million-answer database).
        migrator.registerMigration("v2", foreignKeyChecks: .immediate, migrate: SchemaV2.create)
        // The laptop's sync tables (device key, baselines, trusted HQ, roster). Until the module
        // re-cut this migration also made headquarters' tables on every database; HQ now makes
        // them in its own `hq-v1`, which accepts the ones older files already have.
        migrator.registerMigration("sync-v1", migrate: SchemaSync.create)
        // Released as "resolution columns on hqConflict"; that is part of `hq-v1` now. Kept as a
        // no-op so files that applied it stay known and new files record the same history.
        migrator.registerMigration("sync-v2") { _ in }
        // The documents handed to enterprises (docs/documents.md).
        migrator.registerMigration("documents-v1", foreignKeyChecks: .immediate, migrate: DocumentSchema.create)
        migrator.registerMigration("sync-v3", migrate: SchemaSync.createPendingBundle)
        // Figures on findings and what checklist items say about scoring and recommendations
        // (docs/risk-scoring.md).
        migrator.registerMigration("verdicts-v1", foreignKeyChecks: .immediate, migrate: VerdictSchema.create)
        // Voided visits and recommendations (作废): kept, exported, counted nowhere (docs/domain-model.md).
        migrator.registerMigration("voids-v1", foreignKeyChecks: .immediate, migrate: VoidSchema.create)
        // The recommendation status workflow: re-check failed, referral, evidence, 已复查销号
        // (docs/domain-model.md). Rebuilds the table, so foreign keys are checked at the end.
        migrator.registerMigration("recommendation-workflow-v1", migrate: RecommendationWorkflowSchema.migrate)
        // Evidence files attached to visits, items and recommendations (docs/attachments.md).
        migrator.registerMigration("attachments-v1", foreignKeyChecks: .immediate, migrate: AttachmentSchema.create)
        // Every reading of polyphonic characters in the pinyin index (docs/search.md).
        migrator.registerMigration("search-polyphones-v1", migrate: EnterpriseSearchIndex.reindexPolyphones)
        // Past exports for the Export screen: file, directory, scope, size, counts (docs/recommendations-and-export-screens.md).
        migrator.registerMigration("export-history-v1", migrate: SchemaSync.createExportHistory)
        // The fields of each visit type (summons, briefing for many enterprises, …) and the
        // briefing's attending enterprises (docs/domain-model.md, "Visit types"). Rebuilds
        // siteVisit to widen its type list, so foreign keys are checked at the end.
        migrator.registerMigration("visit-types-v1", migrate: VisitTypeSchema.create)
        // Enterprises registered outside Shiyan, flagged (docs/domain-model.md, docs/csv-import.md).
        migrator.registerMigration("out-of-town-v1", foreignKeyChecks: .immediate, migrate: OutOfTownSchema.create)
        // Construction projects, duties bound to a party, dispatch role, referrals (docs/domain-model.md).
        migrator.registerMigration("projects-v1", foreignKeyChecks: .immediate, migrate: ProjectSchema.create)
        // The open-deadline index leaves out voided recommendations, so the dashboard's counts read
        // the index alone (docs/performance.md).
        migrator.registerMigration("open-deadline-index-v2", foreignKeyChecks: .immediate,
                                   migrate: OpenDeadlineIndexSchema.migrate)
        // The drafts index leaves out voided visits, so the dashboard's drafts count reads the
        // index alone (docs/performance.md).
        migrator.registerMigration("draft-visits-index-v2", foreignKeyChecks: .immediate,
                                   migrate: DraftVisitsIndexSchema.migrate)
        // The enterprise list's covering index per sort, its sort keys stored instead of
        // generated, and the generation number its remembered positions are checked against
        // (docs/performance.md, "Session 8: list tails").
        migrator.registerMigration("enterprise-list-index-v1", foreignKeyChecks: .immediate,
                                   migrate: EnterpriseListSchema.migrate)
    }

    /// Refuses a file that a newer Fieldbook migrated (before writing anything: GRDB's migrate
    /// passes over identifiers it does not know, and the newer schema may not accept our rows),
    /// then migrates it. `ignoringPrefix` names the identifiers of another database kind that
    /// extends this one.
    package static func migrate(_ writer: any DatabaseWriter, with migrator: DatabaseMigrator,
                                ignoringPrefix: String? = nil) throws {
        let known = Set(migrator.migrations)
        // On the writer's connection: a pool reader opened this early would keep the WAL from
        // being folded in when the pool closes.
        let unknown = try writer.writeWithoutTransaction { db in
            try migrator.appliedIdentifiers(db).subtracting(known)
                .filter { id in ignoringPrefix.map { !id.hasPrefix($0) } ?? true }.sorted()
        }
        if !unknown.isEmpty { throw CoreError.newerSchema(unknown: unknown) }
        try migrator.migrate(writer)
    }
}
