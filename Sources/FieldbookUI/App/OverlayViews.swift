import TerminalKit

/// The help overlay: every binding of the current screen and the global ones, generated from
/// the same key maps that handle the keys.
struct HelpView {
    let env: AppEnvironment
    let sections: [(title: String, hints: [KeyHint])]

    func render(into buffer: inout Buffer) {
        let keyWidth = sections.flatMap(\.hints).map(\.key.displayWidth).max() ?? 0
        var lines: [(String, Style)] = []
        for section in sections where !section.hints.isEmpty {
            if !lines.isEmpty { lines.append(("", env.theme.dialog)) }
            lines.append((section.title, env.theme.dialog.bold))
            for hint in section.hints {
                let pad = String(repeating: " ", count: keyWidth - hint.key.displayWidth)
                lines.append(("  " + hint.key + pad + "  " + hint.help, env.theme.dialog))
            }
        }
        lines.append(("", env.theme.dialog))
        lines.append((env.text.helpClose, env.theme.dialog.dim))
        let contentWidth = max(env.text.helpTitle.displayWidth + 4, lines.map { $0.0.displayWidth }.max() ?? 0)
        let box = Rect(size: buffer.size).centered(Size(width: min(buffer.size.width - 2, contentWidth + 4),
                                                        height: min(buffer.size.height - 2, lines.count + 2)))
        let block = Block(title: env.text.helpTitle, theme: env.theme, isFocused: true, border: .rounded)
        buffer.fill(box, style: env.theme.dialog)
        block.render(in: box, buffer: &buffer)
        let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
        for (index, line) in lines.prefix(inner.height).enumerated() {
            buffer.write(line.0, at: Point(x: inner.x, y: inner.y + index), style: line.1, maxWidth: inner.width)
        }
    }
}

/// A modal message (errors): a titled box with the wrapped message.
struct MessageView {
    let env: AppEnvironment
    let title: String
    let message: String

    func render(into buffer: inout Buffer) {
        let width = min(buffer.size.width - 4, max(40, min(70, message.displayWidth + 4)))
        let paragraph = Paragraph(message, style: env.theme.dialog)
        let textLines = paragraph.lineCount(width: width - 4)
        let box = Rect(size: buffer.size).centered(Size(width: width, height: min(buffer.size.height - 2, textLines + 4)))
        let block = Block(title: title, theme: env.theme, isFocused: true, border: .rounded)
        buffer.fill(box, style: env.theme.dialog)
        block.render(in: box, buffer: &buffer)
        let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
        paragraph.render(in: Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - 1)), buffer: &buffer)
        let ok = "[ " + env.text.ok + " ]"
        buffer.write(ok, at: Point(x: inner.x + max(0, (inner.width - ok.displayWidth) / 2), y: inner.y + inner.height - 1),
                     style: env.theme.selected)
    }
}
