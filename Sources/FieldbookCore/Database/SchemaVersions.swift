/// The laptop database's schema migrations this build knows, oldest first: a database whose
/// applied migrations are all among them (or headquarters' `hq-…` ones) opens; one with others
/// was written by a newer Fieldbook and is refused (`CoreError.newerSchema`). `fieldbook
/// --version` prints them, followed by headquarters' (`HQSchema.versions`).
public enum SchemaVersions {
    public static var known: [String] { Migrations.migrator.migrations }
}
