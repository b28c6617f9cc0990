import TerminalKit

/// Editable text: a one-line field and a notes area. Typing goes into the field; the real cursor
/// sits at the insertion point (where an input method opens its candidate window).
struct FieldsPage: GalleryPage {
    let title = "输入 Fields"
    private var name = TextFieldState(text: "", maxLength: 40)
    private var notes = TextAreaState(text: "现场检查发现：部分员工未签订书面劳动合同。\nSome workers have no written contract.",
                                      width: 40, height: 4)
    private var focus = 0

    mutating func handle(_ key: Key) -> Bool {
        if key == .down || key == .up {
            let target = key == .down ? 1 : 0
            if focus != target { focus = target; return true }
        }
        if focus == 0 {
            if key == .up || key == .down { return false }
            return name.handle(key) != .ignored
        }
        return notes.handle(key) != .ignored
    }

    func render(into buffer: inout Buffer, area: Rect, context: GalleryContext) {
        let theme = context.theme
        buffer.write("企业名称 Enterprise name (↑/↓ 切换 switch field):", at: area.origin, style: theme.title, clip: area)
        var nameState = name
        let error = nameState.text.isEmpty ? "必填 Required" : nil
        TextField(placeholder: "输入中文或英文 Type Chinese or English", isFocused: focus == 0, error: error, theme: theme)
            .render(in: Rect(x: area.x, y: area.y + 1, width: min(30, area.width), height: 2), buffer: &buffer, state: &nameState)
        buffer.write("[\(name.text)] \(name.text.displayWidth) columns, cursor at column \(name.cursorColumn)",
                     at: Point(x: area.x, y: area.y + 3), style: theme.muted, clip: area)
        buffer.write("备注 Notes:", at: Point(x: area.x, y: area.y + 5), style: theme.title, clip: area)
        let notesArea = Rect(x: area.x, y: area.y + 6, width: min(40, area.width), height: 4)
        var notesState = notes
        TextArea(placeholder: "备注 Notes", isFocused: focus == 1, theme: theme)
            .render(in: notesArea, buffer: &buffer, state: &notesState)
    }
}
