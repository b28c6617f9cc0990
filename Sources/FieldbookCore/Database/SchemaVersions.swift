/// The schema migrations this build knows, core's then sync's, oldest first: a database whose
/// applied migrations are all among them opens; one with others was written by a newer
/// Fieldbook and is refused (`CoreError.newerSchema`). `fieldbook --version` prints them.
public enum SchemaVersions {
    public static var known: [String] { Migrations.migrator.migrations + SyncSchema.migrator.migrations }
}
