/// A modal box, centred, listing key bindings by section — generated from the same `KeyMap`s
/// the screen matches keys with, so help cannot drift from behaviour.
///
///     ┌ 帮助 Help ──────────────────┐
///     │ 企业列表                     │
///     │   ↑/↓     移动               │
///     │   Enter   打开               │
///
/// Key labels form one column as wide as the widest label (at most a third of the box); help
/// texts are cut with "…" by display width. When the content is taller than the screen, ↑/↓,
/// PgUp/PgDn, Home/End and the wheel scroll it, and the border shows ↑ / ↓ where more is hidden.
public struct HelpOverlay: Sendable {
    public var title: String
    public var sections: [HelpSection]
    public var theme: Theme

    public init(title: String, sections: [HelpSection], theme: Theme = .color) {
        self.title = title
        self.sections = sections
        self.theme = theme
    }

    enum Line: Equatable {
        case heading(String)
        case hint(KeyHint)
        case blank
    }

    var contentLines: [Line] {
        var lines: [Line] = []
        for section in sections where !section.hints.isEmpty {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading(section.title))
            lines += section.hints.map(Line.hint)
        }
        return lines
    }

    var keyColumnWidth: Int { sections.flatMap(\.hints).map(\.key.displayWidth).max() ?? 0 }

    /// The box in `area`: as wide as the content needs (at most the area less a margin), as tall
    /// as the content or the area allows.
    public func boxRect(in area: Rect) -> Rect {
        let hints = sections.flatMap(\.hints)
        let hintWidth = hints.map { 2 + keyColumnWidth + 2 + $0.help.displayWidth }.max() ?? 0
        let headingWidth = sections.map(\.title.displayWidth).max() ?? 0
        let contentWidth = max(hintWidth, headingWidth, title.displayWidth + 2)
        let width = min(max(0, area.width - 2), contentWidth + 4)
        let height = min(max(0, area.height - 2), contentLines.count + 2)
        return area.centered(Size(width: width, height: height))
    }

    /// The largest useful scroll for `area`.
    public func maxScroll(in area: Rect) -> Int {
        max(0, contentLines.count - boxRect(in: area).inset(by: .all(1)).height)
    }

    public func render(in area: Rect, buffer: inout Buffer, scroll: Int) {
        let box = boxRect(in: area)
        guard box.width >= 4, box.height >= 3 else { return }
        Block(title: title, titleStyle: theme.title, borderStyle: theme.focusedBorder, background: theme.dialog)
            .render(in: box, buffer: &buffer)
        let inner = box.inset(by: Insets(top: 1, left: 2, bottom: 1, right: 2))
        let lines = contentLines
        let first = min(max(0, scroll), maxScroll(in: area))
        let keyWidth = min(keyColumnWidth, inner.width / 3)
        for (i, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + i
            let row = inner.row(i)
            switch line {
            case .heading(let text):
                buffer.write(text.truncated(toWidth: row.width), at: row.origin, style: theme.dialog.patched(with: theme.title), clip: row)
            case .hint(let hint):
                let keyX = row.x + 2
                buffer.write(hint.key.truncated(toWidth: keyWidth), at: Point(x: keyX, y: y),
                             style: theme.dialog.bold, clip: row)
                let helpX = keyX + keyWidth + 2
                buffer.write(hint.help.truncated(toWidth: max(0, row.right - helpX)), at: Point(x: helpX, y: y),
                             style: theme.dialog, clip: row)
            case .blank:
                break
            }
        }
        if first > 0 { buffer.write("↑", at: Point(x: box.right - 3, y: box.y), style: theme.focusedBorder) }
        if first + inner.height < lines.count {
            buffer.write("↓", at: Point(x: box.right - 3, y: box.bottom - 1), style: theme.focusedBorder)
        }
    }

    /// Scrolls with the navigation keys and the wheel; Esc, q, Enter and a click outside the box
    /// close it. Other keys are `.ignored`.
    public func handle(_ key: Key, in area: Rect, scroll: inout Int,
                       keyMap: KeyMap<NavigationAction> = .navigation) -> OverlayEvent {
        let page = max(1, boxRect(in: area).height - 3)
        let limit = maxScroll(in: area)
        scroll = min(max(0, scroll), limit)
        if case .mouse(let event) = key {
            switch event.action {
            case .wheelUp: scroll = max(0, scroll - 3)
            case .wheelDown: scroll = min(limit, scroll + 3)
            case .press where !boxRect(in: area).contains(event.position): return .closed
            default: break
            }
            return .handled
        }
        switch key {
        case .escape, .enter, .character("q"): return .closed
        default: break
        }
        switch keyMap.match(key) {
        case .up: scroll = max(0, scroll - 1)
        case .down: scroll = min(limit, scroll + 1)
        case .pageUp: scroll = max(0, scroll - page)
        case .pageDown: scroll = min(limit, scroll + page)
        case .first: scroll = 0
        case .last: scroll = limit
        case nil: return .ignored
        }
        return .handled
    }
}
