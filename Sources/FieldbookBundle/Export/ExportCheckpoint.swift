/// Named moments of an export at which `ExportOptions.checkpoint` is called, so that tests can
/// hold an export there (and run another) or kill it there.
public enum ExportCheckpoint: String, Sendable, CaseIterable {
    /// The bundle is complete in the work area and noted as pending; its file is not published yet.
    case beforePublish
    /// The file is at its final name; the export is not recorded yet.
    case afterPublish
}
