import TerminalKit

/// Date fields: empty with its placeholder, a valid date, a malformed one and a day that does not
/// exist, each with the message a user would see (in both languages here).
struct DatePage: GalleryPage {
    let title = "日期 Date"

    static let examples: [(label: String, text: String)] = [
        ("空 Empty", ""),
        ("有效 Valid", "2026-12-14"),
        ("格式错误 Malformed", "2026-1"),
        ("无此日 No such day", "2026-02-30"),
    ]

    func render(into buffer: inout Buffer, area: Rect, context: GalleryContext) {
        let theme = context.theme
        buffer.write("整改期限 Deadline (YYYY-MM-DD):", at: area.origin, style: theme.title, clip: area)
        let field = DateField(theme: theme) { problem in
            problem == .noSuchDay ? "没有这一天 There is no such day" : "请按 YYYY-MM-DD 填写 Use YYYY-MM-DD"
        }
        for (index, example) in Self.examples.enumerated() {
            let y = area.y + 2 + index * 3
            guard y + 1 < area.bottom else { break }
            buffer.write(example.label, at: Point(x: area.x, y: y), style: theme.normal, clip: area)
            var state = DateFieldState(text: example.text)
            field.render(in: Rect(x: area.x + 22, y: y, width: min(40, max(0, area.width - 22)), height: 2),
                         buffer: &buffer, state: &state)
        }
    }
}
