/// One choice among a few options, all visible: "(*) 中文   ( ) English".
///
/// Vertical groups put one option per row; horizontal groups put them on one row three columns
/// apart. Arrow keys along the group move the choice (Up/Down when vertical, Left/Right when
/// horizontal); at the first or last option they return `.ignored`, so the focus ring moves on.
/// Space chooses the first option when nothing is chosen; a click chooses the option under it.
public struct RadioGroup: Sendable {
    public enum Orientation: Hashable, Sendable { case vertical, horizontal }

    public var options: [String]
    public var orientation: Orientation
    public var isFocused: Bool
    public var theme: Theme

    public init(_ options: [String], orientation: Orientation = .vertical, isFocused: Bool = false,
                theme: Theme = .color) {
        self.options = options
        self.orientation = orientation
        self.isFocused = isFocused
        self.theme = theme
    }

    static let gap = 3

    /// Where each option is drawn in `area` (empty rects for options that do not fit).
    public func optionRects(in area: Rect) -> [Rect] {
        switch orientation {
        case .vertical:
            return options.indices.map { area.row($0) }
        case .horizontal:
            var x = area.x
            return options.map { option in
                let width = max(0, min(area.right - x, option.displayWidth + 4))
                defer { x += width + Self.gap }
                return Rect(x: x, y: area.y, width: width, height: area.height > 0 ? 1 : 0)
            }
        }
    }

    public func render(in area: Rect, buffer: inout Buffer, selected: Int?) {
        guard !area.isEmpty else { return }
        for (index, rect) in optionRects(in: area).enumerated() where !rect.isEmpty {
            let text = (index == selected ? "(*) " : "( ) ") + options[index]
            let focused = isFocused && index == (selected ?? 0)
            buffer.write(text.truncated(toWidth: rect.width), at: rect.origin,
                         style: focused ? theme.focusedField : theme.normal, clip: rect)
        }
    }

    public func handle(_ key: Key, in area: Rect, selected: inout Int?) -> EditResult {
        guard !options.isEmpty else { return .ignored }
        let (back, forward): (Key, Key) = orientation == .vertical ? (.up, .down) : (.left, .right)
        let current = selected
        switch key {
        case back, forward:
            let step = key == back ? -1 : 1
            let target = (current ?? (step > 0 ? -1 : options.count)) + step
            guard options.indices.contains(target) else { return .ignored }
            selected = target
        case .character(" "):
            if current == nil { selected = 0 }
        case .mouse(let event) where event.isClick:
            guard let hit = optionRects(in: area).firstIndex(where: { $0.contains(event.position) }) else { return .ignored }
            selected = hit
        default:
            return .ignored
        }
        return selected == current ? .handled : .edited
    }
}
