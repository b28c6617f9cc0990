/// A choice picker: closed, one row showing the chosen option (or the placeholder) and "▾";
/// open, a bordered list of the options below the field — or above it when there is no room
/// below — drawn over whatever is there, so render an open select last.
///
/// Closed: Enter or Space (or a click) opens; Left/Right step through the options directly.
/// Open: the navigation keys move the highlight, Enter/Space or a click on an option chooses it,
/// Esc or a click on the field closes unchanged, Tab or a click elsewhere closes and returns
/// `.ignored` so the focus ring gets the key. While open, give the select every key first.
public struct Select: Sendable {
    public var options: [String]
    public var placeholder: String
    public var isFocused: Bool
    /// The most options the open list shows at once (it scrolls).
    public var maxVisible: Int
    public var theme: Theme

    public init(_ options: [String], placeholder: String = "", isFocused: Bool = false, maxVisible: Int = 8,
                theme: Theme = .color) {
        self.options = options
        self.placeholder = placeholder
        self.isFocused = isFocused
        self.maxVisible = max(1, maxVisible)
        self.theme = theme
    }

    /// Where the open list goes for a field at `field` on a screen `bounds`: below if it fits,
    /// else above if more room is there, at least as wide as the field.
    public func popupRect(field: Rect, bounds: Rect) -> Rect {
        let rows = min(options.count, maxVisible) + 2
        let widest = (options.map(\.displayWidth).max() ?? 0) + 2
        let width = min(bounds.width, max(field.width, widest))
        let x = max(bounds.x, min(field.x, bounds.right - width))
        let below = bounds.bottom - (field.y + 1)
        let above = field.y - bounds.y
        if below >= rows || below >= above {
            return Rect(x: x, y: field.y + 1, width: width, height: min(rows, below))
        }
        return Rect(x: x, y: field.y - min(rows, above), width: width, height: min(rows, above))
    }

    /// The rows of the open list inside its border.
    func listArea(field: Rect, bounds: Rect) -> Rect {
        popupRect(field: field, bounds: bounds).inset(by: .all(1))
    }

    /// Draws the field in the first row of `area` and, when open, the list within `bounds`
    /// (the whole screen by default).
    public func render(in area: Rect, buffer: inout Buffer, state: SelectState, bounds: Rect? = nil) {
        guard !area.isEmpty else { return }
        let field = area.row(0)
        let style = isFocused ? theme.focusedField : theme.field
        buffer.fill(field, style: style)
        let chosen = state.selected.flatMap { options.indices.contains($0) ? options[$0] : nil }
        let text = chosen ?? placeholder
        let textStyle = chosen == nil ? style.patched(with: theme.placeholder) : style
        buffer.write(text.truncated(toWidth: max(0, field.width - 2)), at: field.origin, style: textStyle, clip: field)
        if field.width >= 2 { buffer.write("▾", at: Point(x: field.right - 1, y: field.y), style: style) }
        guard state.isOpen else { return }
        let bounds = bounds ?? buffer.area
        let popup = popupRect(field: field, bounds: bounds)
        guard popup.height >= 3 else { return }
        Block(borderStyle: theme.focusedBorder, background: theme.normal).render(in: popup, buffer: &buffer)
        let list = popup.inset(by: .all(1))
        for (line, index) in state.highlight.window(height: list.height).enumerated() {
            let row = list.row(line)
            let mark = index == state.selected ? theme.normal.bold : theme.normal
            buffer.write(options[index], fitting: row.width, at: row.origin, style: mark, clip: row)
            if index == state.highlight.selected { buffer.patchStyle(theme.selected, in: row) }
        }
    }

    public func handle(_ key: Key, in area: Rect, state: inout SelectState, bounds: Rect,
                       keyMap: KeyMap<NavigationAction> = .navigation) -> EditResult {
        guard !options.isEmpty else { return .ignored }
        let field = area.row(0)
        let list = listArea(field: field, bounds: bounds)
        if !state.isOpen {
            switch key {
            case .enter, .character(" "):
                state.open(count: options.count, height: list.height)
                return .handled
            case .mouse(let event) where event.isClick && field.contains(event.position):
                state.open(count: options.count, height: list.height)
                return .handled
            case .left, .right:
                let before = state.selected
                let step = key == .left ? -1 : 1
                state.selected = min(max(0, (before ?? (step > 0 ? -1 : options.count)) + step), options.count - 1)
                return state.selected == before ? .handled : .edited
            default:
                return .ignored
            }
        }
        switch key {
        case .escape:
            state.close()
            return .handled
        case .tab, .backTab:
            state.close()
            return .ignored
        case .character(" "):
            return choose(state.highlight.selected, state: &state)
        case .mouse(let event) where event.isClick && field.contains(event.position):
            state.close()
            return .handled
        case .mouse(let event) where event.isClick && !popupRect(field: field, bounds: bounds).contains(event.position):
            state.close()
            return .ignored
        default:
            var rows = state.highlight
            let event = rows.handle(key, keyMap: keyMap, height: list.height, top: list.y,
                                    columns: list.x..<list.right, wheelStep: 1)
            state.setHighlight(rows)
            switch event {
            case .activated(let index): return choose(index, state: &state)
            case .selected(let index):
                // A click picks at once; keys only move the highlight.
                if case .mouse(let mouse) = key, mouse.isClick { return choose(index, state: &state) }
                return .handled
            case .ignored, .sorted: return .handled  // the open list is modal
            case .unchanged: return .handled
            }
        }
    }

    private func choose(_ index: Int?, state: inout SelectState) -> EditResult {
        state.close()
        guard let index, index != state.selected else { return .handled }
        state.selected = index
        return .edited
    }
}
