/// What a key did to an editable value, so the caller knows whether to validate or autosave.
public enum EditResult: Hashable, Sendable {
    /// Not a key this editor handles: pass it on (to the focus ring, the screen's key map).
    case ignored
    /// Handled, the text is unchanged (cursor moved, or an edit was refused by the maximum length).
    case handled
    /// The text changed.
    case edited
}
