import FieldbookBundle
import FieldbookCore
import FieldbookHQ

/// What `fieldbook --version` says: the release number, the commit the binary was built from
/// (recorded at build time by the BuildCommit plugin; "unknown" outside a git checkout), and
/// the versions of every file format this build reads.
enum BuildInfo {
    /// The release number; `scripts/package` names the tarball and the .deb after it.
    static let version = "0.9.0"

    static var commit: String {
        guard BuildCommit.commit != "unknown" else { return "unknown (built outside a git checkout)" }
        return BuildCommit.commit + (BuildCommit.modified ? " with uncommitted changes" : "")
    }

    /// What the root command's configuration carries as its version. The full `text` lists the
    /// schema versions, which builds both migrators — GRDB's types set up for nothing on every
    /// other run (≈ 4 % of a whole `fieldbook --help`, docs/performance.md) — so it is built only
    /// when it can be printed: `--version`, and the help dump the man page is made from.
    static func forConfiguration(arguments: [String] = CommandLine.arguments) -> String {
        let needsText = arguments.dropFirst().contains { $0 == "--version" || $0 == "--experimental-dump-help" }
        return needsText ? text : version
    }

    static var text: String {
        """
        fieldbook \(version)
        commit: \(commit)
        database schema: \((SchemaVersions.known + HQSchema.versions).joined(separator: ", "))
        bundle format: \(BundleManifest.currentVersion); reference pack format: \(PackManifest.currentVersion); \
        checklist template format: \(ChecklistTemplateFile.formatVersion)
        """
    }
}
