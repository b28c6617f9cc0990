/// Named moments of an attach at which `AttachmentStore.attach`'s checkpoint is called, so the
/// crash suite can SIGKILL it exactly in the windows that matter (CLITests/AttachKillTests).
public enum AttachCheckpoint: String, Sendable, CaseIterable {
    /// Every file is copied to its temporary name and flushed; nothing is renamed yet.
    case copied
    /// The files are at their content-addressed names and the directory is flushed; no row yet.
    case placed
}
