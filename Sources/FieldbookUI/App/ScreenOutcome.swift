/// What a screen asks the app to do after it handled a key.
public enum ScreenOutcome: Sendable, Equatable {
    /// The key was used; redraw.
    case handled
    /// The key means nothing here: the app tries its global keys (help, back, language, quit).
    case ignored
    /// Open a screen on top of this one.
    case push(Route)
    /// Replace this screen (e.g. the setup form becomes the dashboard).
    case replace(Route)
    /// Show a sibling of this screen (the visit's form, checklist, recommendations, review): go
    /// back to it when it is already open below, else put it in this screen's place. Esc then
    /// leaves the siblings together, and the breadcrumb names only the one shown.
    case switchTo(Route)
    /// Close this screen and return to the one below (which reloads its data).
    case pop
    /// This screen's record was deleted: close it and every screen below that stood for it (they
    /// no longer load), then show the notice.
    case removed(notice: String)
    /// The key was used; show a transient notice (e.g. "saved").
    case notice(String)
    /// Something the user must read: shown in an error dialog; the user's work stays as it is.
    case error(String)
    case quit
    /// Ask before leaving the program (Esc or `q` on the first screen); the safe answer, stay, is
    /// the default.
    case askToQuit
}
