/// A modal box centred over the screen: a title, a message wrapped by display width, an
/// optional text input, and a row of buttons.
///
///     ┌ 重新打开检查 ─────────────────┐
///     │ 已完成的检查将被解锁。         │
///     │                              │
///     │ 原因                          │
///     │                              │
///     │        [ 确定 ]  [ 取消 ]      │
///     └──────────────────────────────┘
///
/// Keys: Left/Right move between buttons, Tab/Shift-Tab cycle input and buttons, Enter presses
/// the focused button (in the input: the default button), Esc cancels; every other key goes to
/// the input when it has focus. A click presses a button or focuses the input. `.error` dialogs
/// draw their title and border in the error style.
public struct Dialog: Sendable {
    public enum Kind: Hashable, Sendable { case message, confirm, error }

    public var kind: Kind
    public var title: String
    public var message: String
    public var buttons: [DialogButton]
    public var input: DialogInput?
    public var theme: Theme

    public init(kind: Kind, title: String, message: String, buttons: [DialogButton], input: DialogInput? = nil,
                theme: Theme = .color) {
        self.kind = kind
        self.title = title
        self.message = message
        self.buttons = buttons
        self.input = input
        self.theme = theme
    }

    /// A message with one button (OK in the user's language).
    public static func message(title: String, message: String, ok: String, theme: Theme = .color) -> Dialog {
        Dialog(kind: .message, title: title, message: message, buttons: [DialogButton(ok, role: .default)], theme: theme)
    }

    /// An error with one button; shown in the error style.
    public static func error(title: String, message: String, ok: String, theme: Theme = .color) -> Dialog {
        Dialog(kind: .error, title: title, message: message, buttons: [DialogButton(ok, role: .default)], theme: theme)
    }

    /// A question with a confirm button (index 0, the default) and a cancel button (index 1).
    public static func confirm(title: String, message: String, confirm: String, cancel: String,
                               input: DialogInput? = nil, theme: Theme = .color) -> Dialog {
        Dialog(kind: .confirm, title: title, message: message,
               buttons: [DialogButton(confirm, role: .default), DialogButton(cancel, role: .cancel)],
               input: input, theme: theme)
    }

    // MARK: Geometry

    /// The parts of the dialog in `area`.
    struct Layout {
        var box: Rect
        var message: [String]
        var messageOrigin: Point
        var input: Rect?
        var buttons: [Rect]
    }

    var buttonsWidth: Int { buttons.map(\.label.displayWidth).reduce(0, +) + 2 * max(0, buttons.count - 1) }

    func layout(in area: Rect) -> Layout {
        // Content width: what the message, title and buttons want, within 56 columns and the area.
        let maxInner = max(1, min(56, area.width - 6))
        let longestParagraph = message.split(separator: "\n").map(\.displayWidth).max() ?? 0
        var inner = max(longestParagraph, buttonsWidth, title.displayWidth + 2, input == nil ? 0 : 30)
        inner = min(inner, maxInner)
        var lines = WordWrap.lines(message, width: inner)
        let inputRows = input == nil ? 0 : 3  // field, message line, gap
        let fixedRows = 2 + 1 + inputRows + 1  // borders, gap before the buttons, buttons
        let maxLines = max(0, area.height - fixedRows)
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            if let last = lines.indices.last { lines[last] = (lines[last] + "…").truncated(toWidth: inner) }
        }
        let box = area.centered(Size(width: inner + 4, height: lines.count + fixedRows))
        let content = box.inset(by: Insets(top: 1, left: 2, bottom: 1, right: 2))
        var y = content.y + lines.count + 1
        var inputRect: Rect?
        if input != nil {
            inputRect = Rect(x: content.x, y: y, width: content.width, height: 2)
            y += inputRows
        }
        var x = content.x + max(0, (content.width - buttonsWidth) / 2)
        let buttonRects = buttons.map { button -> Rect in
            let rect = Rect(x: x, y: min(y, content.bottom - 1), width: button.label.displayWidth, height: 1)
            x += rect.width + 2
            return rect.intersection(content)
        }
        return Layout(box: box, message: lines, messageOrigin: content.origin, input: inputRect, buttons: buttonRects)
    }

    // MARK: Rendering

    public func render(in area: Rect, buffer: inout Buffer, state: DialogState) {
        let parts = layout(in: area)
        guard parts.box.width >= 5, parts.box.height >= 3 else { return }
        let accent = kind == .error ? theme.dialog.patched(with: theme.error) : theme.dialog.patched(with: theme.title)
        Block(title: title, titleStyle: accent, borderStyle: kind == .error ? accent : theme.dialog,
              background: theme.dialog).render(in: parts.box, buffer: &buffer)
        for (i, line) in parts.message.enumerated() {
            buffer.write(line, at: parts.messageOrigin.offset(dy: i), style: theme.dialog, clip: parts.box)
        }
        if let inputRect = parts.input, let input {
            var field = state.input
            let error = state.showsRequiredMessage ? input.requiredMessage : nil
            TextField(placeholder: input.placeholder, isFocused: state.focus == .input, error: error, theme: theme)
                .render(in: inputRect, buffer: &buffer, state: &field)
        }
        for (index, rect) in parts.buttons.enumerated() where !rect.isEmpty {
            let focused = state.focus == .button(index)
            buffer.write(buttons[index].label.truncated(toWidth: rect.width), at: rect.origin,
                         style: focused ? theme.selected : theme.dialog, clip: rect)
        }
    }

    // MARK: Input

    public func handle(_ key: Key, in area: Rect, state: inout DialogState) -> DialogEvent {
        let stops: [DialogState.Focus] = (input == nil ? [] : [.input]) + buttons.indices.map { .button($0) }
        let current = stops.firstIndex(of: state.focus) ?? 0
        switch key {
        case .escape:
            return .cancelled
        case .tab, .backTab:
            guard !stops.isEmpty else { return .handled }
            let step = key == .tab ? 1 : -1
            state.focus = stops[(current + step + stops.count) % stops.count]
            return .handled
        case .enter:
            switch state.focus {
            case .button(let index): return press(index, state: &state)
            case .input: return press(buttons.firstIndex { $0.role == .default } ?? 0, state: &state)
            }
        case .mouse(let event):
            guard event.isClick else { return .handled }
            let parts = layout(in: area)
            if let index = parts.buttons.firstIndex(where: { $0.contains(event.position) }) {
                return press(index, state: &state)
            }
            if let inputRect = parts.input, inputRect.row(0).contains(event.position) {
                state.focus = .input
                state.input.moveCursor(toVisibleColumn: event.position.x - inputRect.x)
            }
            return .handled
        default:
            break
        }
        if state.focus == .input {
            if state.input.handle(key) == .edited { state.showsRequiredMessage = false }
            return .handled
        }
        if case .button(let index) = state.focus, !buttons.isEmpty {
            switch key {
            case .left: state.focus = .button(max(0, index - 1))
            case .right: state.focus = .button(min(buttons.count - 1, index + 1))
            default: break
            }
        }
        return .handled
    }

    private func press(_ index: Int, state: inout DialogState) -> DialogEvent {
        guard buttons.indices.contains(index) else { return .handled }
        if let input, input.requiredMessage != nil, buttons[index].role != .cancel, state.trimmedText.isEmpty {
            state.showsRequiredMessage = true
            state.focus = .input
            return .handled
        }
        return .pressed(index)
    }
}
