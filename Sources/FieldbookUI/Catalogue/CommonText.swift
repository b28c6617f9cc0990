import FieldbookCore

/// Strings shared by every screen: the frame, global keys, dialogs, errors.
public protocol CommonText: Sendable {
    var language: Language { get }
    var appName: String { get }
    // Global key bindings (help text).
    var keyHelp: String { get }
    var keyBack: String { get }
    var keyQuit: String { get }
    var keySwitchLanguage: String { get }
    var keyRedraw: String { get }
    // Frame and overlays.
    var helpTitle: String { get }
    var helpGlobalSection: String { get }
    var helpScreenSection: String { get }
    var errorTitle: String { get }
    var confirmTitle: String { get }
    var ok: String { get }
    var cancel: String { get }
    var yes: String { get }
    var no: String { get }
    var languageSwitched: String { get }
    // Leaving the program (Esc or q on the first screen).
    var quitTitle: String { get }
    var quitMessage: String { get }
    var quitButton: String { get }
    var stayButton: String { get }
    /// "Something went wrong" with the technical reason, when an error has no message of its own.
    func unexpectedError(_ reason: String) -> String
}
