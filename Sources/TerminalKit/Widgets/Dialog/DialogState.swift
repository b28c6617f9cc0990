/// What has focus in a dialog, the text of its input, and whether the "required" message shows.
public struct DialogState: Hashable, Sendable {
    public enum Focus: Hashable, Sendable {
        case input
        case button(Int)
    }

    public var focus: Focus
    public var input: TextFieldState
    /// Set when a button was pressed with a required input blank; cleared by the next edit.
    public internal(set) var showsRequiredMessage = false

    /// Focus starts in the input if there is one, else on the default button (else the first).
    public init(for dialog: Dialog, text: String = "") {
        input = TextFieldState(text: text)
        if dialog.input != nil {
            focus = .input
        } else {
            focus = .button(dialog.buttons.firstIndex { $0.role == .default } ?? 0)
        }
    }

    /// The input's text with surrounding spaces removed.
    public var trimmedText: String {
        let characters = input.text
        guard let start = characters.firstIndex(where: { !$0.isWhitespace }),
              let end = characters.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(characters[start...end])
    }
}

/// What a key did to a dialog. A dialog is modal: it uses every key.
public enum DialogEvent: Hashable, Sendable {
    /// The key moved focus or edited the input; keep the dialog up.
    case handled
    /// The button at this index was pressed (Enter, or a click); close the dialog and act.
    case pressed(Int)
    /// Esc: close the dialog without acting.
    case cancelled
}
