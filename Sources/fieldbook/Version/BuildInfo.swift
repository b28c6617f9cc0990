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
