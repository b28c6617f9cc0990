/// Draws `Notices` stacked in the bottom-right corner of an area (pass the area above the
/// status bar), newest lowest. Each is a box of its own style, at most two thirds of the width
/// (and at least 20 columns), its text wrapped by display width to at most three lines.
public struct NoticeView: Sendable {
    public var theme: Theme

    public init(theme: Theme = .color) { self.theme = theme }

    public func style(for kind: Notice.Kind) -> Style {
        switch kind {
        case .info, .success: return theme.notice
        case .warning: return theme.notice.bold
        case .error: return theme.error.reverse
        }
    }

    public func render(in area: Rect, buffer: inout Buffer, notices: Notices) {
        guard !area.isEmpty else { return }
        let maxWidth = min(area.width, max(20, area.width * 2 / 3))
        var bottom = area.bottom
        for notice in notices.active.reversed() {
            // One column of padding on each side.
            var lines = WordWrap.lines(notice.text, width: max(1, maxWidth - 2))
            if lines.count > 3 {
                lines = Array(lines.prefix(3))
                lines[2] = (lines[2] + "…").truncated(toWidth: max(1, maxWidth - 2))
            }
            let width = min(maxWidth, (lines.map(\.displayWidth).max() ?? 0) + 2)
            let top = bottom - lines.count
            guard top >= area.y else { break }
            let box = Rect(x: area.right - width, y: top, width: width, height: lines.count)
            let style = style(for: notice.kind)
            buffer.fill(box, style: style)
            for (i, line) in lines.enumerated() {
                buffer.write(line, at: Point(x: box.x + 1, y: box.y + i), style: style, maxWidth: width - 2, clip: box)
            }
            bottom = top
        }
    }
}
