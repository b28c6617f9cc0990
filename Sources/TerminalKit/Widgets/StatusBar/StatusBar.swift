/// The bottom line of a screen: where the user is on the left, the keys that work here on the
/// right. The hints come from `KeyMap.statusHints`, so the bar only ever names keys that `update`
/// matches.
///
/// When the line is too narrow, hints are dropped whole from the end (list the most important
/// bindings first), keeping at least a third of the width for the context, which is then cut with
/// "…" by display width.
public struct StatusBar: Sendable {
    public var context: String
    public var hints: [KeyHint]
    public var theme: Theme

    /// The status bar for a screen whose bindings are `keyMap`.
    public init<ID>(context: String, keyMap: KeyMap<ID>, theme: Theme = .color) {
        self.init(context: context, hints: keyMap.statusHints, theme: theme)
    }

    /// For hints gathered from several key maps (`screen.statusHints + list.statusHints`).
    public init(context: String, hints: [KeyHint], theme: Theme = .color) {
        self.context = context
        self.hints = hints
        self.theme = theme
    }

    /// Columns between the context and the hints, and between two hints.
    static let gap = 2

    /// How many hints, in order, fit beside the context in `width` columns.
    public func visibleHintCount(width: Int) -> Int {
        let reserved = min(context.displayWidth, width / 3) + (context.isEmpty ? 0 : Self.gap)
        var used = 1  // a margin at the right edge
        var count = 0
        for hint in hints {
            let w = Self.width(of: hint) + (count > 0 ? Self.gap : 0)
            if reserved + used + w > width { break }
            used += w
            count += 1
        }
        return count
    }

    static func width(of hint: KeyHint) -> Int { hint.key.displayWidth + 1 + hint.help.displayWidth }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: theme.statusBar)
        let shown = hints.prefix(visibleHintCount(width: row.width))
        var hintsWidth = 0
        for (i, hint) in shown.enumerated() { hintsWidth += Self.width(of: hint) + (i > 0 ? Self.gap : 0) }
        var x = row.right - 1 - hintsWidth
        for (i, hint) in shown.enumerated() {
            if i > 0 { x += Self.gap }
            x = buffer.write(hint.key, at: Point(x: x, y: row.y), style: theme.statusKey, clip: row)
            x = buffer.write(" " + hint.help, at: Point(x: x, y: row.y), style: theme.statusBar, clip: row)
        }
        let contextRoom = row.width - 1 - hintsWidth - (shown.isEmpty ? 0 : Self.gap) - 1
        if contextRoom > 0 {
            buffer.write(context.truncated(toWidth: contextRoom), at: Point(x: row.x + 1, y: row.y),
                         style: theme.statusBar, clip: row)
        }
    }
}
