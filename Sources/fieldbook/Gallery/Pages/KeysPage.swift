import TerminalKit

/// Shows the keys as the backend decoded them: check Alt, function keys, mouse, paste and an
/// input method's text by hand (the end-to-end tests read it too).
struct KeysPage: GalleryPage {
    let title = "按键 Keys"

    func render(into buffer: inout Buffer, area: Rect, context: GalleryContext) {
        let theme = context.theme
        buffer.write("按任意键 Press any key (q/Esc quits) — 终端 terminal \(context.size.width)×\(context.size.height)",
                     at: area.origin, style: theme.title, clip: area)
        for (index, key) in context.recentKeys.reversed().enumerated() {
            let y = area.y + 2 + index
            buffer.write("key: \(Self.describe(key))", at: Point(x: area.x, y: y),
                         style: index == 0 ? theme.normal : theme.muted, clip: area)
        }
    }

    static func describe(_ key: Key) -> String {
        switch key {
        case .paste(let text): return "Paste[\(text.replacingNewlines)]"
        case .mouse(let event): return "Mouse \(describe(event.action)) at \(event.position)"
        case .resize(let size): return "Resize \(size)"
        default: return key.label
        }
    }

    static func describe(_ action: MouseEvent.Action) -> String {
        switch action {
        case .press(let button): return "press \(button)"
        case .release(let button): return "release \(button)"
        case .wheelUp: return "wheel up"
        case .wheelDown: return "wheel down"
        }
    }
}

private extension String {
    var replacingNewlines: String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "⏎") }
}
