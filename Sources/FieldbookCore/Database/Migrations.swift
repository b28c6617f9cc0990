import GRDB

/// The schema history. A migration, once released, is never edited: change the schema by adding
/// the next one ("v2", …), so a database made by any older version opens in every newer one.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: SchemaV1.create)
        // Touches no foreign key: without `.immediate` GRDB would check every foreign key of
        // every table after it (21 s on a 5.5-million-answer database).
        migrator.registerMigration("v2", foreignKeyChecks: .immediate, migrate: SchemaV2.create)
        // The documents handed to enterprises (docs/documents.md).
        migrator.registerMigration("documents-v1", foreignKeyChecks: .immediate, migrate: DocumentSchema.create)
        return migrator
    }
}
