/// What a key did to a modal overlay (help).
public enum OverlayEvent: Hashable, Sendable {
    /// Not the overlay's key: let the screen match it (its help key toggles the overlay off).
    case ignored
    case handled
    /// The user closed the overlay (Esc, q, Enter, a click outside it).
    case closed
}
