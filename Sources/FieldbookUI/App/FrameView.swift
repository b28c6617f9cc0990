import TerminalKit

/// The app's frame: a header row (app, where you are, who and what day) and a status bar of
/// key hints (or the current notice).
struct FrameView {
    let env: AppEnvironment
    /// The open screens, bottom first: their titles and the record each is about.
    var screens: [(title: String, subject: String?)] = []

    /// The header's trail: the app, then one part per open screen — the path Esc walks back
    /// along. The record being worked on is kept: as its own page's part, or, when that page is
    /// not open, before the first screen about it ("湖北武当… · 走访记录").
    var breadcrumb: Breadcrumb {
        let text = env.text
        var parts = [Breadcrumb.Part(text.appName, short: "Fieldbook", isKept: true)]
        var shown: String?
        for screen in screens {
            if let subject = screen.subject, subject == screen.title {
                parts.append(Breadcrumb.Part(screen.title, isKept: true))
                shown = subject
                continue
            }
            var part = Breadcrumb.Part(screen.title)
            if let subject = screen.subject, subject != shown {
                part.subject = subject
                shown = subject
            }
            parts.append(part)
        }
        return Breadcrumb(parts)
    }

    func renderHeader(into buffer: inout Buffer) {
        let theme = env.theme
        let row = Rect(x: 0, y: 0, width: buffer.size.width, height: 1)
        buffer.fill(row, style: theme.statusBar)
        var right = env.today.description
        if let name = env.inspector?.name, !name.isEmpty { right = name + "  " + right }
        let rightWidth = min(right.displayWidth, row.width / 3)
        let leftWidth = max(0, row.width - rightWidth - 3)
        buffer.write(" " + breadcrumb.fitted(width: max(0, leftWidth - 1)), at: Point(x: 0, y: 0),
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
        StatusBar(context: screens.last?.title ?? "", hints: hints, theme: theme).render(in: row, buffer: &buffer)
    }
}
