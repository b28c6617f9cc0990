import TerminalKit

/// The app's frame: a header row (app, where you are, who and what day) and a status bar of
/// key hints (or the current notice).
struct FrameView {
    let env: AppEnvironment
    let titles: [String]

    func renderHeader(into buffer: inout Buffer) {
        let theme = env.theme
        let row = Rect(x: 0, y: 0, width: buffer.size.width, height: 1)
        buffer.fill(row, style: theme.statusBar)
        var right = env.today.description
        if let name = env.inspector?.name, !name.isEmpty { right = name + "  " + right }
        let rightWidth = min(right.displayWidth, row.width / 3)
        let leftWidth = max(0, row.width - rightWidth - 3)
        let trail = ([env.text.appName] + titles).joined(separator: " › ")
        buffer.write(" " + trail.truncated(toWidth: max(0, leftWidth - 1)), at: Point(x: 0, y: 0),
                     style: theme.statusBar.bold, maxWidth: leftWidth)
        buffer.write(right.truncated(toWidth: rightWidth), at: Point(x: row.width - rightWidth - 1, y: 0),
                     style: theme.statusBar)
    }

    func renderStatusBar(hints: [KeyHint], notice: String?, into buffer: inout Buffer) {
        let theme = env.theme
        let y = buffer.size.height - 1
        guard y > 0 else { return }
        let row = Rect(x: 0, y: y, width: buffer.size.width, height: 1)
        if let notice {
            buffer.fill(row, style: theme.notice)
            buffer.write(" " + notice, at: Point(x: 0, y: y), style: theme.notice, maxWidth: row.width)
            return
        }
        StatusBar(context: titles.last ?? "", hints: hints, theme: theme).render(in: row, buffer: &buffer)
    }
}
