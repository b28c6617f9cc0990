import GRDB

/// The schema history. A migration, once released, is never edited: change the schema by adding
/// the next one ("v2", …), so a database made by any older version opens in every newer one.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: SchemaV1.create)
        migrator.registerMigration("v2", migrate: SchemaV2.create)
        return migrator
    }
}
