import TerminalKit

/// One screen of the app: its state, `handle` (update), `render` (view) and its `KeyMap`.
///
/// Data flows one way: `reload` and `handle` read and write the database through `env.db`;
/// `render` only draws the state it holds and never touches the database. Help and status-bar
/// hints are drawn from `keyMap`, the same bindings `handle` matches.
public protocol Screen {
    associatedtype Action: Hashable & Sendable

    /// The route that rebuilds this screen (saved so a restart returns here).
    var route: Route { get }

    /// A short title for the header's breadcrumb: the screen's own name.
    func title(_ env: AppEnvironment) -> String

    /// The record being worked on (the enterprise of a visit's screens), which the header keeps
    /// in view at any width; nil when the screen is about no one record. A screen whose title
    /// is its record (the enterprise's page) returns the same text.
    func subject(_ env: AppEnvironment) -> String?

    /// The bindings of this screen, in the current language.
    func keyMap(_ env: AppEnvironment) -> KeyMap<Action>

    /// Handles a key (mouse and paste included). `area` is where the screen is drawn, for mouse
    /// hit-testing. Return `.ignored` to let the app apply its global keys.
    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome

    /// Re-reads what the screen shows: when it becomes the top screen again, or after the
    /// language changed.
    mutating func reload(env: AppEnvironment) throws

    /// The screen's area changed (a resize, or the screen was just opened): a screen that reads
    /// only the rows it shows reads the ones that have come into view.
    mutating func resized(area: Rect, env: AppEnvironment) throws

    /// Draws the screen into `area`. Sets `buffer.cursor` when a text field has focus.
    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment)

    /// True while a text field has focus: printable keys then belong to the screen, so global
    /// single-letter shortcuts (`?`, `q`) are off.
    var isEditingText: Bool { get }

    /// While non-nil, the app wakes this screen that often (`tick`), e.g. to show the progress of
    /// work running in the background.
    var tickInterval: Duration? { get }

    /// Called every `tickInterval` while this screen is on top.
    mutating func tick(env: AppEnvironment)

    /// Text typed here that the record does not hold yet (the focused field's, and any field
    /// that could not be saved), or nil. The app writes it to the drafts file at every key that
    /// changes it, so quitting, a language switch, leaving the screen or a kill loses none of it.
    var draft: ScreenDraft? { get }

    /// Puts a draft back: the texts into their fields (a field that cannot be saved shows its
    /// error again) and the cursor into the focused one. Called when the screen opens (also after
    /// a restart) and after every `reload`. A screen whose record can no longer be edited ignores it.
    mutating func restore(_ draft: ScreenDraft, env: AppEnvironment)

    /// Where the user is on this screen (the checklist's focused item), or nil. The app keeps
    /// it when the screen closes and gives it back when the same route opens again, so a screen
    /// reopens where it was left.
    var position: String? { get }

    /// Puts the user back at a `position` this screen reported earlier (ignored when it no
    /// longer exists).
    mutating func restore(position: String)

    /// Background work the screen asked for since it was last asked (the program runner executes
    /// it; see TerminalKit's `Effect`). Screens never start threads themselves.
    mutating func takeEffects() -> [Effect]
}

extension Screen {
    public func subject(_ env: AppEnvironment) -> String? { nil }
    public var isEditingText: Bool { false }
    public var tickInterval: Duration? { nil }
    public mutating func tick(env: AppEnvironment) {}
    public mutating func takeEffects() -> [Effect] { [] }
    public mutating func reload(env: AppEnvironment) throws {}
    public mutating func resized(area: Rect, env: AppEnvironment) throws {}
    public var draft: ScreenDraft? { nil }
    public var position: String? { nil }
    public mutating func restore(position: String) {}
    public mutating func restore(_ draft: ScreenDraft, env: AppEnvironment) {}

    /// The screen's bindings as help and status-bar hints (type-erased for the app frame).
    func hints(_ env: AppEnvironment) -> (status: [KeyHint], help: [KeyHint]) {
        let map = keyMap(env)
        return (map.statusHints, map.helpHints)
    }
}
