import TerminalKit

/// The program behind `fieldbook gallery`: a row of page tabs, the current page, and a status
/// bar generated from the key map.
struct GalleryProgram: Program {
    enum Action: Hashable, Sendable { case next, previous, quit }

    private(set) var pages: [any GalleryPage]
    let theme: Theme
    private(set) var current = 0
    private(set) var recentKeys: [Key] = []
    private(set) var size = Size.zero
    let keyMap = KeyMap<Action>([
        KeyBinding(.next, keys: [.tab, .right, .pageDown], keyLabel: "Tab/→", help: "下一页 Next"),
        KeyBinding(.previous, keys: [.backTab, .left, .pageUp], keyLabel: "Shift-Tab/←", help: "上一页 Previous"),
        KeyBinding(.quit, keys: [.character("q"), .escape, .ctrl("c")], keyLabel: "q/Esc", help: "退出 Quit"),
    ])

    init(pages: [any GalleryPage], theme: Theme) {
        self.pages = pages
        self.theme = theme
    }

    mutating func update(_ event: Event, now: Duration) -> Command {
        guard case .key(let key) = event else { return .none }
        recentKeys.append(key)
        if recentKeys.count > 8 { recentKeys.removeFirst() }
        if case .resize(let newSize) = key { size = newSize }
        if pages[current].handle(key) { return .none }
        if case .character(let c) = key, let digit = c.wholeNumberValue, (1...pages.count).contains(digit) {
            current = digit - 1
            return .none
        }
        switch keyMap.match(key) {
        case .next: current = (current + 1) % pages.count
        case .previous: current = (current + pages.count - 1) % pages.count
        case .quit: return .quit
        case nil: break
        }
        return .none
    }

    func render(into buffer: inout Buffer) {
        let area = buffer.area
        guard area.height >= 3 else { return }
        let parts = area.rows([.fixed(1), .fill(1), .fixed(1)])
        renderTabs(into: &buffer, row: parts[0])
        let context = GalleryContext(theme: theme, recentKeys: recentKeys, size: buffer.size)
        pages[current].render(into: &buffer, area: parts[1].inset(horizontal: 1), context: context)
        renderStatus(into: &buffer, row: parts[2])
    }

    private func renderTabs(into buffer: inout Buffer, row: Rect) {
        let labels = pages.enumerated().map { " \($0.offset + 1) \($0.element.title) " }
        // More tabs than fit: start late enough that the current one is on screen.
        var first = 0
        while first < current, labels[first...current].reduce(0, { $0 + $1.displayWidth }) > row.width { first += 1 }
        var x = row.x
        for index in labels.indices.dropFirst(first) {
            let style = index == current ? theme.activeTab : theme.inactiveTab
            x = buffer.write(labels[index], at: Point(x: x, y: row.y), style: style, clip: row)
        }
    }

    private func renderStatus(into buffer: inout Buffer, row: Rect) {
        buffer.fill(row, style: theme.statusBar)
        var x = row.x + 1
        for hint in keyMap.statusHints {
            x = buffer.write(hint.key, at: Point(x: x, y: row.y), style: theme.statusKey, clip: row)
            x = buffer.write(" \(hint.help)  ", at: Point(x: x, y: row.y), style: theme.statusBar, clip: row)
        }
        let page = "\(current + 1)/\(pages.count)"
        buffer.write(page, at: Point(x: row.right - page.count - 1, y: row.y), style: theme.statusBar, clip: row)
    }
}
