/// "[x] 有书面合同": a box and a label on one row, cut with "…" by display width. The focused
/// checkbox shows its box and label in the focused-field style.
///
/// Space or a click on the row toggles it. The value lives with the caller (a Bool).
public struct Checkbox: Sendable {
    public var label: String
    public var isFocused: Bool
    public var theme: Theme

    public init(_ label: String, isFocused: Bool = false, theme: Theme = .color) {
        self.label = label
        self.isFocused = isFocused
        self.theme = theme
    }

    public func render(in area: Rect, buffer: inout Buffer, isChecked: Bool) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        let text = (isChecked ? "[x] " : "[ ] ") + label
        let shown = text.truncated(toWidth: row.width)
        buffer.write(shown, at: row.origin, style: isFocused ? theme.focusedField : theme.normal, clip: row)
    }

    /// Space toggles; so does a left click on the first row of `area`. Other keys are `.ignored`.
    public func handle(_ key: Key, in area: Rect, isChecked: inout Bool) -> EditResult {
        switch key {
        case .character(" "):
            break
        case .mouse(let event) where event.isClick && area.row(0).contains(event.position):
            break
        default:
            return .ignored
        }
        isChecked.toggle()
        return .edited
    }
}
