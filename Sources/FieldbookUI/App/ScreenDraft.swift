/// Text typed on a screen that its record does not hold yet: the focused field's text (written
/// to the drafts file at every key, so a kill loses nothing typed) and any field whose text could
/// not be saved (kept with its error, never dropped).
///
/// Field names are the screen's own (`"personsMet"`, `"note:SI-03"`, `"reopenReason"`); a screen
/// that no longer has such a field, or whose record was locked meanwhile, ignores them.
public struct ScreenDraft: Codable, Hashable, Sendable {
    /// Unsaved text by field.
    public var fields: [String: String]
    /// The field that had focus, where the cursor goes back after a restart.
    public var focus: String?
    /// The cursor in the focused field, as a grapheme index.
    public var cursor: Int

    public init(fields: [String: String], focus: String? = nil, cursor: Int = 0) {
        self.fields = fields
        self.focus = focus
        self.cursor = cursor
    }

    /// The focused field's text, when it is part of the draft.
    public var focusedText: String? { focus.flatMap { fields[$0] } }
}

/// One screen's draft in the drafts file.
public struct DraftEntry: Codable, Hashable, Sendable {
    public var route: Route
    public var draft: ScreenDraft

    public init(route: Route, draft: ScreenDraft) {
        self.route = route
        self.draft = draft
    }
}

/// Where a screen was left (`Screen.position`), as the positions file holds it.
public struct PositionEntry: Codable, Hashable, Sendable {
    public var route: Route
    public var position: String

    public init(route: Route, position: String) {
        self.route = route
        self.position = position
    }
}
